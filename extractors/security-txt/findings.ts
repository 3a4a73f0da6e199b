/**
 * What a security.txt check reports. An `error` makes the file invalid under
 * RFC 9116; a `warning` is a problem a buyer should know of that the RFC only
 * recommends against; `info` is a missing nicety. Codes reuse the names of
 * DigitalTrustCenter/sectxt where one exists, so results compare with peers.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  code: string;
  message: string;
  line?: number;
}

export const finding = (severity: Severity, code: string, message: string, line?: number): Finding =>
  line === undefined ? { severity, code, message } : { severity, code, message, line };
