import type { PostProgress } from "@/lib/workflow/post-status";

/** Two layers: approved (dark) inside translated (light). The text label says the same for screen readers. */
export function ProgressBar({ progress, label }: { progress: PostProgress; label: string }) {
  const pct = (n: number) => (progress.total ? Math.round((n / progress.total) * 100) : 0);
  return (
    <div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.translated}
        aria-valuetext={label}
        className="relative h-2 w-full overflow-hidden rounded-full bg-stone-200"
      >
        <div className="absolute inset-y-0 left-0 bg-accent-100" style={{ width: `${pct(progress.translated)}%` }} />
        <div className="absolute inset-y-0 left-0 bg-accent-600" style={{ width: `${pct(progress.approved)}%` }} />
      </div>
      <p className="mt-1 text-xs text-stone-600">{label}</p>
    </div>
  );
}
