/** A checkbox per organisation (data-org-id for tests); answers the new set on every tick. */
export function OrgChecks({
  options,
  chosen,
  onChange,
}: {
  options: readonly { orgId: string; name: string }[];
  chosen: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
}) {
  return (
    <>
      {options.map((option) => (
        <label key={option.orgId} class="check" data-org-id={option.orgId}>
          <input
            type="checkbox"
            checked={chosen.has(option.orgId)}
            onChange={(change) => {
              const next = new Set(chosen);
              if (change.currentTarget.checked) next.add(option.orgId);
              else next.delete(option.orgId);
              onChange(next);
            }}
          />
          {option.name}
        </label>
      ))}
    </>
  );
}
