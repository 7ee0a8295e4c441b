/**
 * What the fleet page (without PROMETHEUS_URL) and the README show to set it up: a Prometheus
 * scrape config for site instances and node_exporters, the cron line that keeps the collector
 * script's textfile fresh, and the recording rule that counts verdicts ahead of time for large
 * fleets. One text for each. Pure.
 */
import { VERDICTS_RULE } from './fleet';

/** Where Debian's prometheus-node-exporter reads textfiles (its --collector.textfile.directory). */
export const TEXTFILE_DIR = '/var/lib/prometheus/node-exporter';

export function scrapeConfigExample(): string {
  return `# prometheus.yml
scrape_configs:
  - job_name: ebpf-digest          # hosts that run this site: GET /metrics
    scrape_interval: 15s
    # With PROBE_TOKEN set on the sites:
    # authorization: { credentials_file: /etc/prometheus/ebpf-digest.token }
    static_configs:
      - targets: ['host-a:3000', 'host-b:3000']
  - job_name: node                 # hosts that run node_exporter with the textfile below
    static_configs:
      - targets: ['host-c:9100']`;
}

/** `scriptUrl`: where this site serves the collector script. */
export function textfileCronExample(scriptUrl: string): string {
  return `curl -fsS ${scriptUrl} -o /usr/local/bin/ebpf-digest-collect.sh
# /etc/cron.d/ebpf-digest: every 30 minutes; written aside, then moved in (node_exporter never reads half a file)
D=${TEXTFILE_DIR}
*/30 * * * * root sh /usr/local/bin/ebpf-digest-collect.sh --format prometheus > $D/ebpf_digest.prom.tmp && mv $D/ebpf_digest.prom.tmp $D/ebpf_digest.prom`;
}

/** A rules file with the fleet's recording rule (Prometheus's rule_files). */
export function recordingRulesExample(interval = '1m'): string {
  return `# ebpf-digest.rules.yml (rule_files in prometheus.yml): the fleet view reads these counts
# instead of counting every host's series on each view
groups:
  - name: ebpf-digest
    interval: ${interval}
    rules:
      - record: ${VERDICTS_RULE.record}
        expr: ${VERDICTS_RULE.expr}
`;
}
