import type { ReactNode } from 'react';
import { ERROR_CODES, PORTAL_FLOWS, BILLING_ERROR_CODES, isSubscriptionFlow } from '@portalkit/protocol';
import { DEFAULT_BILLING_MESSAGES } from '../provider/default-messages';
import { DEFAULT_FLOW_LABELS } from '../provider/default-labels';

/*
 * Tables for the usage guide, built from the protocol's lists and the kit's defaults, so a new flow or
 * error code appears in the docs without anyone editing them.
 */

function Table({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  return (
    <table>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell}>{cell}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every flow, its default label, and the props it needs. */
export function FlowsTable() {
  const needs = (flow: (typeof PORTAL_FLOWS)[number]) =>
    flow === 'subscription_update_confirm' ? (
      <>
        <code>subscription</code>, <code>items</code> (one item)
      </>
    ) : isSubscriptionFlow(flow) ? (
      <code>subscription</code>
    ) : (
      'nothing else'
    );
  return (
    <Table
      head={['flow', 'default label', 'needs']}
      rows={[
        [<em key="none">none (homepage)</em>, DEFAULT_FLOW_LABELS.portal_homepage, 'nothing else'],
        ...PORTAL_FLOWS.map((flow) => [<code key={flow}>{flow}</code>, DEFAULT_FLOW_LABELS[flow], needs(flow)]),
      ]}
    />
  );
}

/** Every error code, its HTTP status, whether retrying can help, and the text customers see by default. */
export function ErrorsTable() {
  return (
    <Table
      head={['code', 'status', 'retry can help', 'default message']}
      rows={BILLING_ERROR_CODES.map((code) => [
        <code key={code}>{code}</code>,
        ERROR_CODES[code].status === 0 ? 'no response' : ERROR_CODES[code].status,
        ERROR_CODES[code].retryable ? 'yes' : 'no',
        DEFAULT_BILLING_MESSAGES[code],
      ])}
    />
  );
}

/** What each `data-state` means and what comes with it. */
export function StatesTable() {
  return (
    <Table
      head={['data-state', 'when', 'also']}
      rows={[
        [<code key="s">idle</code>, 'before the click, after a new tab opened, or after reset()', ''],
        [
          <code key="s">pending</code>,
          'waiting for your server',
          'aria-busy="true" and aria-disabled="true"; still focusable; repeat clicks are ignored',
        ],
        [
          <code key="s">redirecting</code>,
          'the URL arrived and this tab is leaving for Stripe',
          'aria-busy="true"; repeat clicks are ignored',
        ],
        [<code key="s">error</code>, 'the request failed', 'the message in a role="alert" region that describes the button'],
      ]}
    />
  );
}
