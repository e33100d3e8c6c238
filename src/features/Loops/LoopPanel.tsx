// Feedback and cross-talk loops: one switch each; hovering a loop highlights its edges on the canvas.
import { selectLoopsOff, useScenarioStore } from '../../stores/scenarioStore';
import { useViewStore } from '../../stores/viewStore';
import { useModel } from '../ModelContext';

export function LoopPanel() {
  const model = useModel();
  const loopsOff = useScenarioStore(selectLoopsOff);
  const toggleLoop = useScenarioStore((s) => s.toggleLoop);
  const hoverLoop = useViewStore((s) => s.hoverLoop);
  return (
    <section className="panel loops" aria-labelledby="loops-heading">
      <h2 id="loops-heading">Feedback and cross-talk</h2>
      <ul>
        {model.pathway.loops.map((loop) => {
          const on = !loopsOff.includes(loop.id);
          const descId = `loop-desc-${loop.id}`;
          return (
            <li
              key={loop.id}
              className={`loop${on ? '' : ' off'}`}
              onMouseEnter={() => hoverLoop(loop.id)}
              onMouseLeave={() => hoverLoop(null)}
            >
              <button
                type="button"
                role="switch"
                aria-checked={on}
                aria-label={loop.label}
                aria-describedby={descId}
                className="switch"
                onClick={() => toggleLoop(loop.id)}
                onFocus={() => hoverLoop(loop.id)}
                onBlur={() => hoverLoop(null)}
              >
                <span className="knob" />
              </button>
              <div className="loop-text">
                <span className="loop-label">
                  <span className="swatch" style={{ background: loop.color }} aria-hidden="true" />
                  {loop.label}
                </span>
                <span className="loop-desc" id={descId}>
                  {loop.description}
                </span>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
