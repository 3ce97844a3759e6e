import type { Resource } from '../utils/content/content-schema';

export interface StaffResourcesProps {
  resources: Resource[];
  headingLevel?: 3 | 4;
}

/**
 * Training, frameworks and toolkits for the worker. Kept in their own "For staff"
 * section, never among the services a person is signposted to: a member of the public
 * handed a training-course link has been signposted nowhere.
 */
export function StaffResources({ resources, headingLevel = 3 }: StaffResourcesProps) {
  if (resources.length === 0) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section class="staff-resources" aria-labelledby="staff-resources-heading">
      <Heading id="staff-resources-heading">For staff</Heading>
      <p class="card__meta">Training and guidance for you, not for the person you are helping.</p>
      <ul class="staff-resources__list">
        {resources.map((r) => (
          <li key={r.id}>
            <a href={r.url} target="_blank" rel="noopener noreferrer">
              {r.title}
              <span class="visually-hidden"> (opens in a new tab)</span>
            </a>
            <span class="card__meta"> · {r.organisation}</span>
            <p class="staff-resources__body">{r.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
