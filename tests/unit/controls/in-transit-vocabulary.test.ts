import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim } from './_helpers.ts';

describe('encryption_in_transit: the ways vendors name a secured connection', () => {
  const claims: [string, Record<string, unknown>][] = [
    ['All traffic to and from the service is secured using TLS encryption.', {}],
    ['All data is transmitted over HTTPS.', {}],
    ['We use 256-bit SSL encryption for every connection.', {}],
    ['Connections to the dashboard use a secure SSL connection.', {}],
    ['Les données sont chiffrées en transit avec TLS 1.3.', { tls_min_version: '1.3' }],
    ['Alle Daten werden verschlüsselt übertragen.', {}],
    ['Die Verbindung erfolgt über eine sichere SSL-Verbindung.', {}],
    ['Gebruikers krijgen alleen toegang tot de software via een beveiligde SSL-verbinding.', {}],
    ['De gegevens worden versleuteld verzonden.', {}],
  ];
  for (const [sentence, attributes] of claims) {
    it(sentence, () => expectClaim(controlsOf(sentence), 'encryption_in_transit', 'implemented', attributes));
  }
  it('a list item under a lead-in of measures', () => {
    expectClaim(controlsOf('The measures we have implemented include:', '- Secure TLS protocols', '- Dos attack protection'), 'encryption_in_transit', 'implemented');
  });
  it('NEG: the customer uploads its own certificate', () => {
    expectNoClaim(controlsOf('You can upload your own SSL certificates for custom domains.'), 'encryption_in_transit');
  });
  it('NEG: a self-hoster sets up SSL', () => {
    expectNoClaim(controlsOf('Admins of self-hosted instances can choose to upload their own SSL certificates to establish a secure connection.'), 'encryption_in_transit');
  });
  it('NEG: advice to use HTTPS', () => {
    expectNoClaim(controlsOf('You should always use HTTPS when calling the API.'), 'encryption_in_transit');
  });
});
