import { Fragment } from 'react';
import { parseMarkup, type MarkupLine } from '../domain/step-markup';

/** Procedure text on screen: the same parser as the PDF, rendered as React elements (never as HTML). */
function Line({ line }: { line: MarkupLine }) {
  return (
    <>
      {line.map((span, i) => (span.bold ? <strong key={i}>{span.text}</strong> : <Fragment key={i}>{span.text}</Fragment>))}
    </>
  );
}

export function Markup({ text, empty }: { text: string; empty?: string }) {
  const blocks = parseMarkup(text);
  if (blocks.length === 0) return empty ? <p className="muted">{empty}</p> : null;
  return (
    <div className="paper-markup">
      {blocks.map((block, i) => {
        if (block.kind === 'paragraph') {
          return (
            <p key={i}>
              {block.lines.map((line, j) => (
                <Fragment key={j}>
                  {j > 0 && <br />}
                  <Line line={line} />
                </Fragment>
              ))}
            </p>
          );
        }
        if (block.kind === 'bullets') {
          return (
            <ul key={i}>
              {block.items.map((line, j) => (
                <li key={j}>
                  <Line line={line} />
                </li>
              ))}
            </ul>
          );
        }
        return (
          <ol key={i}>
            {block.items.map((item, j) => (
              <li key={j} value={item.number}>
                <Line line={item.line} />
              </li>
            ))}
          </ol>
        );
      })}
    </div>
  );
}
