import type { Persona } from './devSignIn';

interface Props {
  personas: Persona[];
  selected: string;
  onSelect: (persona: string) => void;
}

/** The bar above GraphiQL in Development: whom GraphiQL's requests are signed in as. */
export function PersonaPicker({ personas, selected, onSelect }: Props) {
  const current = personas.find((persona) => persona.key === selected);
  return (
    <div className="cp-persona-bar" role="toolbar" aria-label="Development sign-in">
      <label>
        Signed in as{' '}
        <select aria-label="Persona" value={selected} onChange={(event) => onSelect(event.target.value)}>
          {personas.map((persona) => (
            <option key={persona.key} value={persona.key}>
              {persona.key} — {persona.name}
              {persona.employeeNumber ? ` (${persona.employeeNumber})` : ''}
            </option>
          ))}
        </select>
      </label>
      {current && (
        <span className="cp-persona-detail">
          {current.description}
          {current.roles.length > 0 ? ` · roles: ${current.roles.join(', ')}` : ''}
        </span>
      )}
      <span className="cp-persona-note">Development only: tokens from /dev/token</span>
    </div>
  );
}
