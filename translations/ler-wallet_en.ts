<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>LER Wallet cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet: your Learning and Employment Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wallet in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::cli</name>
    <message>
        <source>Create a wallet and print its recovery code (shown once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the wallet passphrase (or set a new one with the recovery code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the wallet&apos;s integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ler-wallet-cli [options] &lt;command&gt; [arguments]

LER Wallet keeps your Learning and Employment Record in an encrypted wallet.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ler-wallet-cli --help for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet in %1. Create one with: ler-wallet-cli init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New wallet passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the wallet (measuring this computer to set the key strength)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet created in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code (write it down and keep it somewhere safe; it is shown only once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ok]    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[FAIL]  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet has problems; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No terminal to ask for the passphrase. Use --passphrase-file or LER_WALLET_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import credentials from FILE... (JSON, JWT, SD-JWT, baked PNG/SVG badges, PESC XML, CSV; - reads standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the credentials in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one credential (ID) as its normalized record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find credentials by words in their title, issuer or skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the exact original of credential ID to the file given by --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete credential ID and the credentials nested in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the canonical form of FILE (--rdfc, --jsonld-to-rdf or --jcs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>with %n nested credential(s)</source>
        <translation>
            <numerusform>with %n nested credential</numerusform>
            <numerusform>with %n nested credentials</numerusform>
        </translation>
    </message>
    <message>
        <source>A different version of this credential is already in your wallet; run the import again with --replace to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name exactly one credential id (see: list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one or more files to import, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input (-) can be named only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet holds no credentials yet. Add some with: ler-wallet-cli import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nested credential: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the original (%1 bytes) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[warn]  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[--]    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one file to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canonicalize needs exactly one of --rdfc, --jsonld-to-rdf or --jcs, and one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify credentials in FILE... (no wallet needed; - reads standard input), or with --all every credential in the wallet, keeping the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --wallet DIR               Wallet folder (default: %1)
  --json                     Print one JSON document
  --passphrase-file FILE     Read the passphrase from the first line of FILE
  --new-passphrase-file FILE passwd: read the new passphrase from FILE
  --recovery-code            passwd: open with the recovery code instead of the passphrase
  --replace                  import: replace stored versions of credentials that changed
  --out FILE                 export: write the original to FILE
  --offline                  verify: do not use the network (checks that need it are not done)
  --all                      verify: check every credential in the wallet again (with --wallet)
  --challenge C              verify: the challenge (nonce) a presentation must answer
  --domain D                 verify: the domain (audience) a presentation must be made for
  --issuer-keys FILE         verify: issuer keys you trust (JWKS with kid, issuer metadata or DID
                             documents)
  --identifier ID            verify: your email address or DID, for the recipient check (repeatable)
  --rdfc                     canonicalize: RDFC-1.0 canonical N-Quads of an N-Quads file
  --jsonld-to-rdf            canonicalize: a JSON-LD file as RDF, printed as RDFC-1.0 canonical
                             N-Quads (bundled contexts only)
  --jcs                      canonicalize: RFC 8785 canonical JSON
  -h, --help                 Show this help

The passphrase is asked for on the terminal without echo. For scripts it can come from
--passphrase-file or the LER_WALLET_PASSPHRASE environment variable (less safe: other
programs of the same user can read the environment). A new passphrase can also come from
LER_WALLET_NEW_PASSPHRASE, a recovery code from LER_WALLET_RECOVERY_CODE.

Exit codes:
  0  success (verify: every file verified)
  1  a check or verification failed (verify: a file is not verified or only partly verified),
     or import rejected some input
  2  usage error
  3  unreadable or invalid input
  4  wrong passphrase or locked wallet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify --all checks the wallet; name no files with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::codec</name>
    <message>
        <source>The compressed data is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decompressor could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not valid GZIP (it is damaged or not compressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressed data expands to more than is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GZIP data is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are unexpected bytes after the GZIP data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large to compress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compressor could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::crypto</name>
    <message>
        <source>The encrypted data is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file uses a key derivation method this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file&apos;s key derivation settings are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid key derivation settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate protected memory for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid key for subkey derivation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not derive a subkey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography self-test failed (%1). LER Wallet cannot run safely on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not in a PEM form we can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key uses an elliptic curve we do not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is of a type we do not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text holds something other than a public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::formats</name>
    <message>
        <source>The badge data baked into the image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PNG image has no badge baked into it (no openbadges or openbadgecredential text chunk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge image (SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file is not an SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SVG image has no badge baked into it (no openbadges:assertion or openbadges:credential element).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1 inside the learner record could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is neither a JSON object nor a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive Learner Record 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not a Comprehensive Learner Record (its type is not ClrCredential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner record&apos;s verifiableCredential must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learner record holds %1 credentials; at most %2 can be imported at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s header is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not a compact JSON Web Token (three parts separated by dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has more than %1 disclosures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has an empty header or payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not in a format LER Wallet can import. Supported formats: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB); the limit is %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON data is nested too deeply (more than %1 levels) to be a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON data ends too early; the file may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not valid JSON (error near character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON data must be an object ({...}) but is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the token is not valid base64url text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge refers to its data with an address that is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge holds only a web address for its data, and downloading is turned off, so it cannot be imported offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s %1 must be a web address or an object, but it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Open Badges file describes a badge or an issuer, not a badge awarded to someone (an Assertion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s id must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge names no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s issuedOn must be a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge assertion names no badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badge (details not downloaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is not an Open Badges 3.0 credential (its type is not OpenBadgeCredential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESC College Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PESC High School Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file is not a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High school transcript: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image is damaged or cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text chunk in the PNG image is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PNG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image is damaged: a chunk&apos;s checksum does not match its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image has too many text chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decompression failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed text in the image unpacks to more than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT Verifiable Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A disclosure of the SD-JWT is not a list of salt, name and value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s issuer must be a web address or an object with an id, but it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectively disclosed credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-asserted entries (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote; quotes inside a quoted field must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file ends inside a quoted field; a closing quote is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header has a column that is not one of: %1. The first row must be the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header names the column %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV header must have at least the columns kind and title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more fields than the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date is not written like 2024-05-31, 2024-05 or 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has a header but no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s issuer has no id (a web address or DID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s id must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s %1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential has no credentialSubject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential subject&apos;s identifier must be a list of objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential subject&apos;s achievement must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Verifiable Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable Credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file declares a document type (DTD). Such files are refused because a DTD can define harmful entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML file uses entity references, which are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML elements are nested too deeply (more than %1 levels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML data ends too early; the file may be cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not well-formed XML (problem on line %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::model</name>
    <message>
        <source>This record was saved by a newer or unknown version of LER Wallet and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has an unknown source format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::net</name>
    <message>
        <source>The DID document of %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DID document fetched for %1 belongs to another identifier, so it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is not a secure (https) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document from %1 is larger than the %2 KB limit, so it was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no document at this address (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to an address that is not secure (https).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s server sent something that is not an Open Badges document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server has a different identifier from the one in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server was awarded to someone else than the one in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge on the issuer&apos;s server is for a different achievement than the one in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge is hosted at an address the issuer does not use for its badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this badge (reason given: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This uses a copy fetched from the issuer on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge description could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge description from the issuer is not a BadgeClass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile is not an Issuer or Profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge has no web address to check it against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This badge is signed, so it is checked by its signature, not on the issuer&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s server no longer has this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the issuer&apos;s server still hosts this badge as awarded to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed Open Badges 2.0 badges must use RS256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed badge does not say it is verified by signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signed this badge belongs to someone other than the badge&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge&apos;s signature does not match the issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: the badge is signed with the issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set has no &quot;keys&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer publishes no key this wallet can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s issuer is not a secure web address (https), so its keys cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata names a different issuer, so its keys cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s metadata must give its keys either inline or by address, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key set is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not say which of the issuer&apos;s keys signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer does not publish the key that signed this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has no valid position (statusListIndex).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has an unsupported status size (statusSize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not suspended: the issuer&apos;s status list shows this credential as active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked: the issuer&apos;s status list shows this credential as valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: the issuer has withdrawn this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: the issuer has put this credential on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list marks this credential (%1 status %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This uses a copy of the status list fetched on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of credential status is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s status entry does not say what it is for (statusPurpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s status entry has no valid status list address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is not encoded as the standard requires (multibase base64url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list could not be decompressed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status size is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s position (%1) is beyond the end of the issuer&apos;s status list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list has expired, so the status cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document at the status list address is not a status list of the expected kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is for a different purpose than the credential&apos;s status entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verifier was given for the status list&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list is not a JSON credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is not published with did:web.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::qr</name>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code could be read in this image. Try a sharper, larger picture with the whole code in view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an image LER Wallet can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to scan for QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::session::WalletSession</name>
    <message>
        <source>The wallet is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::store</name>
    <message>
        <source>The wallet&apos;s key file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code does not open this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this wallet. Check Caps Lock and try again, or use your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not hold a LER Wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet was written by a newer version of LER Wallet. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet was found in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the wallet&apos;s key file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the wallet&apos;s key file (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has only the letters A to Z and the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has eight groups of four characters; this one has %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery code has a typo. Check each group of four characters against your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s database settings are not ones this version can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet database already exists here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet was built against SQLite without encryption; refusing to store anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open this wallet database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet database reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a wallet. Open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the wallet folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the wallet&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish creating the wallet database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet database does not match its key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wallet with its recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is readable and has a passphrase and a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file lacks a passphrase or a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every database page is authentic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database structure is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database structure is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links between records are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some links between records are broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not at the current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stored credential matches its recorded fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored credential(s) do not match their recorded fingerprint.</source>
        <translation>
            <numerusform>%n stored credential does not match its recorded fingerprint.</numerusform>
            <numerusform>%n stored credentials do not match their recorded fingerprint.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an auto-lock time from 1 to 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential with the id %1 is in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential&apos;s content does not match its fingerprint, so it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential is already in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different version of this credential is already in your wallet. Import it again choosing to replace the stored one to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored record of this credential cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your wallet</source>
        <translation>
            <numerusform>%n already in your wallet</numerusform>
            <numerusform>%n already in your wallet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an update available</source>
        <translation>
            <numerusform>%n with an update available</numerusform>
            <numerusform>%n with an update available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be imported</source>
        <translation>
            <numerusform>%n could not be imported</numerusform>
            <numerusform>%n could not be imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped after %1 of %2 inputs; what was imported before that is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is larger than %1 MiB, too large to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n database page(s) failed their authentication check.</source>
        <translation>
            <numerusform>%n database page failed its authentication check.</numerusform>
            <numerusform>%n database pages failed their authentication check.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::ChangePassphraseDialog</name>
    <message>
        <source>Set a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened the wallet with your recovery code. Choose a new passphrase; the old one will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records stay as they are; only the passphrase that unlocks them changes. Your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::CreateWalletDialog</name>
    <message>
        <source>Create a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet keeps your badges, transcripts and other records encrypted on this computer. Choose a passphrase to lock it. You will need it every time you open the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your wallet. Making the key strong takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your recovery code&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way back into your wallet. Write it down or print it now, and keep it away from this computer. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down or printed my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open my wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::EntryDialog</name>
    <message>
        <source>Add your own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Warehouse associate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Riverside Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-05-31, 2024-05 or 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries you add yourself are marked as self-asserted wherever they appear, so employers know no one else has vouched for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write dates like 2024-05-31, 2024-05 or 2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::ImportController</name>
    <message>
        <source>No credential files were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to import. Copy a credential (JSON, JWT or SD-JWT) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a web address. It should start with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::ImportResultDialog</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With %n credential(s) inside.</source>
        <translation>
            <numerusform>With %n credential inside.</numerusform>
            <numerusform>With %n credentials inside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the newer versions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::MainWindow</name>
    <message>
        <source>LER Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after a period of inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New wallet in a folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open wallet folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery code...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check wallet integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LER Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a wallet folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wallet in %1. Create a new wallet in this folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet is already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a wallet. Open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase now, so you can open the wallet next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once. You will see the new code once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or print it now; it will not be shown again.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the wallet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet has problems. Restore it from a backup if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LER Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LER Wallet %1&lt;/h3&gt;&lt;p&gt;Keeps your Learning and Employment Record (badges, transcripts, certificates and work history) encrypted on this computer, checks that credentials are genuine, and shares only what you choose.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a &amp;QR code image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a &amp;web address...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste a credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own &amp;entry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the selected record...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (*.json *.jsonld *.jwt *.txt *.png *.svg *.xml *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every credential in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a QR code image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of a hosted badge (https://...):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; as a self-asserted entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your wallet? Credentials inside it go too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;all records again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted issuers and your identifiers...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. A longer passphrase would be safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordDetailView</name>
    <message>
        <source>Pick a record to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this yourself; no one else has vouched for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record carries no signature, so it cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees and awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;Check again&quot; to check it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) inside were checked too; select them in the list to see their checks.</source>
        <translation>
            <numerusform>%n credential inside was checked too; select it in the list to see its checks.</numerusform>
            <numerusform>%n credentials inside were checked too; select them in the list to see their checks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some details were not downloaded, because the network was off or the issuer could not be reached:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordListModel</name>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered this yourself; no one else has vouched for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-asserted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecoveryCodeSheet</name>
    <message>
        <source>LER Wallet recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens your wallet if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet somewhere safe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has this code and your computer can open your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not store it on the same computer as the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters and digits are easy to confuse: O is always zero, I and L are always one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::SettingsDialog</name>
    <message>
        <source>Allow LER Wallet to go online to check credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet after I have been away for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is off, nothing is fetched from the internet. Checks that need it are shown as not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time LER Wallet starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::TrustDialog</name>
    <message>
        <source>Trusted issuers and your identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail addresses and DIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges are often issued to an e-mail address. Add the ones you use so LER Wallet can tell you when a badge was issued to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alex@example.org or did:key:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some issuers&apos; keys cannot be looked up, for example while offline. If you got an issuer&apos;s key file (JWKS or DID document) from the issuer itself, add it here and their credentials can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key files (*.json *.jwks *.jsonld);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (added %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file could not be read, or it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your wallet is locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another wallet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase? Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::VerifyController</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n record(s); their results are kept.</source>
        <translation>
            <numerusform>Stopped after %n record; its result is kept.</numerusform>
            <numerusform>Stopped after %n records; their results are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ler::ui::WalletPage</name>
    <message>
        <source>&lt;h1&gt;Your Learning and Employment Record&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, issuers, skills...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;entry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is empty.

Import badges, transcripts and certificates with Import..., drop files onto this window, or paste a credential with Ctrl+Shift+V. Add your own work history with Add entry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in your wallet.</source>
        <translation>
            <numerusform>%n record in your wallet.</numerusform>
            <numerusform>%n records in your wallet.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected record&apos;s signature, issuer, dates and status now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to LER Wallet&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your badges, transcripts, certificates and work history in one private place, check that they are genuine, and share just what you choose with employers and schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a wallet folder...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::verify</name>
    <message>
        <source>The signature cannot be checked: the signed document is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be checked without the signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof does not name its signing key (verificationMethod).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s signing key %1 is not named by a DID or web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 was not found or is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is a %2 key, but this proof needs an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 cannot be looked up offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 could not be downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof does not say what it is for (proofPurpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof was made for &quot;%1&quot;, but &quot;%2&quot; is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s owner does not allow it to be used for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is allowed for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s creation date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof claims to be made in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s expiry date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof is valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof answers the expected challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof was made for another challenge: it may be a replay of an older presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof is meant for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof was made for another site or service, not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier proofs this proof builds on are present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s contexts do not match the document&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown context %1: cannot check offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be checked without the document&apos;s contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be checked: the document could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is damaged and cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A context the document uses is unknown: cannot check offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is too complex to check safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid JSON-LD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is missing or not in base58btc multibase form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not a 64-byte Ed25519 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s JWS is not a detached JWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof&apos;s JWS header must be EdDSA with an unencoded payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A validity date of the credential is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential says it was issued in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid now; expires on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid now; it has no expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s issuer (iss) and the issuer inside the credential are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds no verifiable credential or presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from a copy saved on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s web site does not list the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer %1 cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer does not publish the key that signed this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names %1 as its issuer, but it was signed with a key of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key is part of its identifier %1, so no lookup was needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key was fetched from its web site (%1) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key is one you added as trusted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key was fetched from the keys %1 publishes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s key could not be found: add it as a trusted key to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a DID that can be resolved offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resolver knows the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is not among the trusted keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier proof %1 that this proof builds on is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proofs can only use eddsa-rdfc-2022 or eddsa-jcs-2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proof needs a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer did not return an Ed25519 signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof uses the cryptosuite &quot;%1&quot;, which this wallet cannot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof has no type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof type &quot;%1&quot; is not one this wallet can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: none of your email addresses or DIDs were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the credential does not say who it was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to you (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to someone else: none of your email addresses or DIDs match the recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: credential %1 inside it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: this record carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified: a credential inside it could not be fully checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: the signature is valid and every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Verified: the signature is valid and every check passed, also for the %n credential(s) inside it.</source>
        <translation>
            <numerusform>Verified: the signature is valid and every check passed, also for the %n credential inside it.</numerusform>
            <numerusform>Verified: the signature is valid and every check passed, also for the %n credentials inside it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trusted keys file has an entry that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted keys file is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a key set nor a DID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key needs a &quot;kid&quot; that is a full key id, or the file needs an &quot;issuer&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not start with the W3C credentials context, as the standard requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Verifiable Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Another proof on it could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match: the credential was changed after it was signed, or it was not signed by this issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential uses a vocabulary (context) LER Wallet does not know, so it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n record(s).</source>
        <translation>
            <numerusform>Read %n record.</numerusform>
            <numerusform>Read %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1; this format carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the issuer uses a kind of revocation check LER Wallet does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked or suspended (checked on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: no challenge or domain was given, so this could be a replayed presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is damaged or uses an algorithm that does not fit the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: you are offline and the issuer&apos;s key must be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature cannot be checked without the issuer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a VC-JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a VC-JOSE token (VC Data Model 2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a VC-JWT (VC Data Model 1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation was made for another challenge: it may be a replay of an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation was made for another site or service, not for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation answers the expected challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read as an SD-JWT credential with %n disclosure(s).</source>
        <translation>
            <numerusform>Read as an SD-JWT credential with %n disclosure.</numerusform>
            <numerusform>Read as an SD-JWT credential with %n disclosures.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disclosed claims do not match what the issuer signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every disclosed claim matches what the issuer signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation has no key binding, so it cannot answer the challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s key binding does not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s signature is valid, but no challenge was given to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by the holder, for the expected challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a signed Open Badges 2.0 badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as a hosted Open Badges 2.0 badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s web site holds the same badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with the issuer&apos;s web site %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer has not revoked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: nothing ties the signing key (%1) to the issuer named in the credential (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet: you are offline, and checking the signature needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified: the signature is valid, but some checks need the network and you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified: the signature is valid, but one check could not be done. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list carries no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A presentation cannot hold another presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as an SD-JWT, but it is not marked as an SD-JWT VC credential (its type is &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no credential %1 in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address, a DID or a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one key set or DID document at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that came inside the credential includes its private part, so it is refused: anyone who has the credential could sign with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the key that came with the credential cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key came inside the credential itself, so it shows the credential was not changed, but not who issued it. Add the issuer&apos;s key as trusted to check the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential does not carry the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid: made with a key that came inside the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that came with the credential cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
