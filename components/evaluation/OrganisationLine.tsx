import type { ExportOrganisation } from '../../utils/evaluation/export-csv';

/** The organisation and team from policy, which the downloads add to every row (or why they have none). */
export function OrganisationLine({ organisation }: { organisation: ExportOrganisation }) {
  const { code, name, team } = organisation;
  if (!code && !name && !team) {
    return (
      <p class="organisation">
        No organisation or team is set, so the downloads have no organisation columns. Your IT team can set them by policy.
      </p>
    );
  }
  const org = [name, code && `(${code})`].filter(Boolean).join(' ');
  return (
    <p class="organisation">
      {org && (
        <>
          Organisation: <strong>{org}</strong>.{' '}
        </>
      )}
      {team && (
        <>
          Team: <strong>{team}</strong>.{' '}
        </>
      )}
      These are added to every row of the downloads, not stored with each contact.
    </p>
  );
}
