/** The heading of a Customers page section; `id` labels its <section> (aria-labelledby). */
export function SectionHeading({ id, title, explain }: { id: string; title: string; explain?: string }) {
  return (
    <div>
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {explain && <p className="max-w-3xl text-sm text-slate-600">{explain}</p>}
    </div>
  );
}
