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
    <message>
        <source>Kiosk mode for shared computers: no list of wallets, a short auto-lock, and nothing written to this computer but the wallet itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::backup</name>
    <message>
        <source>This file is not a LER Wallet backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged or incomplete. Nothing was restored from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of LER Wallet. Update the app to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record is too large to be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s records refer to each other in a loop. Run a wallet check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the restored wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put the restored wallet in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not cover the wallet tables %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no secure memory for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row vanished during backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no merge rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another restore into %1 is under way. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::canon</name>
    <message>
        <source>JSON nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced bracket at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control character inside a JSON string at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape in a JSON string at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate object key at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON string holds a lone surrogate, which JCS does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and Infinity have no JSON form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefined JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON near offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON text must hold exactly one top-level value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDF canonicalization needs more than %1 steps; refusing a likely poison graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::cborld</name>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data has too many items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not CBOR-LD (it lacks the CBOR-LD tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be written as CBOR-LD without changing it (at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CBOR-LD compression mode (%1) is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data names a context by a number LER Wallet does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; is not defined by the JSON-LD contexts of the document, so it cannot be written as CBOR-LD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR-LD cannot carry the JSON-LD keyword %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested too deeply for CBOR-LD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JSON-LD objects can be written as CBOR-LD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR-LD cannot carry a list of lists of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document uses too many JSON-LD contexts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON-LD context %1 is not one LER Wallet knows, so the document cannot be converted to or from CBOR-LD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (bytes after the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (integer out of range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a map key that is neither an integer nor text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a repeated map key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an unsupported simple value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a CBOR tag inside the data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (no data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an integer JavaScript cannot hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a number JSON cannot hold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an object key that is not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (bytes where JSON is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be written as CBOR-LD: what would be written does not read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a DID part that is neither text nor bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a DID part too long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (a DID URL with more than one &apos;#&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a urn:uuid that is not a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (a multibase value that is not base58btc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (a multibase value that is not base64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a multibase value too long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (an xsd:date that is not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a date out of range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value cannot be converted to or from CBOR-LD (an xsd:dateTime that is not text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a date-time that is not two numbers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a document that is not a map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (both a single and a plural @context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a plural @context that is not an array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a key that is not a term id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (an unknown term id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (the term &quot;%1&quot; outside its context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a plural term whose value is not an array).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a plural @id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (the keyword %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CBOR-LD data is damaged or not CBOR-LD (a list element that is not a map).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (%1 has no @context object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (@import is not a URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (a null context in a list of contexts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (a term&apos;s @type is not a string).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON-LD context of this document cannot be used (the prefix %1 has no @id).</source>
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
        <source>Check the wallet&apos;s integrity.</source>
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
        <source>Delete credential ID and the credentials nested in it.</source>
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
        <source>verify --all checks the wallet; name no files with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes no arguments; name the file with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup file with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1. Records in it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere other than this computer. Without the backup passphrase nobody can read it, not even you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes no arguments; name the backup with --in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the backup with --in and the wallet folder to restore into with --wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet in %1 to merge the backup into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a wallet. Restore into a new folder, or add --merge to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the backup of %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records added: %1. Already in the wallet: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the wallet has in another version (its own version was kept): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the wallet (measuring this computer to set the key strength)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet restored into %1. Records: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new recovery code: the code of the wallet the backup came from does not open this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one command to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ler-wallet-cli help %1 for its arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the wallet key (copying every record under it)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet key was replaced. Old copies of the key file no longer open this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery code (the old one no longer works; write this one down, it is shown only once):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: a missing or extra argument or option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wallet in the folder, a damaged key file or an unreadable passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE instead of asking for it (or taking LER_WALLET_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on standard output, also for errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (or take LER_WALLET_NEW_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wallet with the recovery code (asked for, or taken from LER_WALLET_RECOVERY_CODE) instead of the passphrase, to set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace stored versions of credentials that changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (for QR codes, the folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use the network; checks that need it are reported as not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every credential in the wallet (given with --wallet) again and keep the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge (nonce) a presentation must answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain (audience) a presentation must be made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer keys you trust: a JWKS whose kid is the full key id, JWT VC issuer metadata, a DID document, or an array of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email address or DID, for the recipient check; repeat it for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest presentation accepted when it sets no expiry of its own: 30d (the default), 12h, 2w, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record to share, as list prints its id; repeat it for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim of an SD-JWT record to show, such as ID:achievement.grade or ID:skills[1]; ID:* shows all. Repeat it for several; the claims not named stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the presentation stays valid, such as 7d or 12h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to make: for present, vp-json, vp-jwt or sd-jwt (a file), pdf (a printable page with QR codes), or qr-png, qr-svg or qr-text (a folder with one file per QR code); for export-ler, ler-rs, ler-rs-vc, json-resume or pdf (a résumé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts about you to include, left out unless named: birthDate, gender, ethnicity, citizenship, legalId (separated by commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How QR codes are sized: auto (the default: sturdy codes, but a larger code VerifierPlus reads rather than several parts only LER Wallet reads), robust (error correction M, at most version 30) or verifierplus (error correction L, up to version 40, as VerifierPlus&apos;s own library makes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what the recipient will see, and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the history entry with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the backup&apos;s records to the wallet in --wallet instead of restoring it into a new wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the backup passphrase from the first line of FILE (else it comes from where the wallet passphrase does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDFC-1.0 canonical N-Quads of an N-Quads file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON-LD file as RDF, printed as RDFC-1.0 canonical N-Quads (bundled contexts only, never fetched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 8785 canonical JSON of a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of the program, or of the command named with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a wallet in the folder given by --wallet and prints its recovery code, once. Write the code down: if the passphrase is forgotten, it is the only way back into the wallet.

The passphrase is asked for twice on the terminal, or read from --passphrase-file or LER_WALLET_PASSPHRASE. The cost of deriving the key is measured on this computer (about 0.5 to 1 second, at least 256 MiB of memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error, or the folder already holds a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too short, the two passphrases differ, or the passphrase file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase (or set one with the recovery code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the passphrase. The current one is asked for (or read from --passphrase-file or LER_WALLET_PASSPHRASE), then the new one twice (or read from --new-passphrase-file or LER_WALLET_NEW_PASSPHRASE). With --recovery-code, the recovery code opens the wallet instead, for a forgotten passphrase. Only the key file is rewritten, atomically; the recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wallet in the folder, the new passphrase is too short, or a passphrase file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the wallet key and print a new recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the wallet key: every record is re-encrypted under a new random key, the passphrase is wrapped again (or replaced by a new one from --new-passphrase-file or LER_WALLET_NEW_PASSPHRASE), and a new recovery code is printed once; the old code stops working. Use it when an old copy of the key file and an old passphrase may both have leaked.

The wallet must not be open in the app or in another command. An interrupted rekey leaves the wallet working with its old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key was replaced; the new recovery code is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wallet in the folder, the new passphrase is too short or easy to guess, or a passphrase file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase, or the wallet is open in another window or command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the wallet: the key file, the authentication code of every database page, the database&apos;s structure, links between records, the schema version and the fingerprint of every stored credential. Prints one line per check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import credentials from files, folders or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports credentials: Open Badges 2.0 and 3.0, CLR 2.0, W3C Verifiable Credentials (JSON or JWT), SD-JWT VC, badges baked into PNG or SVG images, PESC XML transcripts and CSV files of your own entries. Each new credential is checked at once, offline. Prints one line per credential; a file that cannot be read does not stop the others.

A folder is searched with all its subfolders, as the app&apos;s Import a folder does, and the number of files found is printed. On a terminal, standard error shows how far the import has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to import; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder: every file in it and its subfolders named %1 is imported. Hidden files and folders are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every input was imported or is already in the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some input was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input could be imported, or no wallet in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the credentials: id, kind, title, issuer, issue date and the latest verification result. Credentials nested in a CLR follow it, indented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one credential: its format, when and from where it was added, its fingerprint, the credentials nested in it and its normalized record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential id, as list prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential with this id, or no wallet in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the credentials whose title, issuer, skills, courses or other text contain every word (as the start of a word).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success, also when nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the original of credential ID to a file (--out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the exact bytes that were imported (the JSON, the token, the baked image...) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: no id, or no --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential with this id, FILE cannot be written, or no wallet in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a credential and the credentials nested in it, with their verification results. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify credentials in files, or every credential in a wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies credentials and presentations as their standards say and prints one line per check: format, signature, issuer, proof purpose, key binding, disclosures, dates, status and recipient. Each file is verified, not verified, or partly verified (nothing failed, but something important could not be checked).

Images of QR codes (PNG, JPEG...) and PDFs made by LER Wallet are read for their codes: VPQR codes and the parts of LER Wallet&apos;s multi-part format, in any order. All the images and PDFs given are checked together as one presentation: their presentations must come from one wallet and answer one challenge.

With --all and --wallet, every credential in the wallet is checked again, using the identifiers and trusted issuer keys kept in the wallet, and each result is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to verify: a credential, a presentation, an image of QR codes or a PDF made by the wallet; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every file is verified (--all: no credential failed a check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is not verified or only partly verified (--all: a credential is not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file cannot be read or is in no supported format, or the issuer keys cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all: wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the canonical form of a JSON, JSON-LD or N-Quads file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints FILE&apos;s bytes exactly as signatures see them, on standard output. Name exactly one of --rdfc, --jsonld-to-rdf and --jcs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read; - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: not exactly one of the options and one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read or is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a presentation of chosen records, signed by your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a presentation of the records given with --credential, signed with your wallet&apos;s own key, and writes it to --out. Credentials signed as a whole (Data Integrity, JWT) are shared whole; of an SD-JWT record only the claims named with --disclose are shown. Your own entries go into a credential your wallet issues, marked self-asserted. Every presentation made is kept in the sharing history.

--domain names who it is for; --challenge is the recipient&apos;s challenge (one is made when not given); --expires sets how long it stays valid. With --preview, prints what the recipient will see and writes nothing.

The pdf and qr formats carry the records in QR codes: one VPQR code per JSON-LD record (what VerifierPlus and the Learner Credential Wallet scan), each a complete presentation signed with the same challenge, with &quot;2 of 5&quot; printed beside it; what fits no code goes into parts of LER Wallet&apos;s multi-part format; an SD-JWT bound to your wallet goes as its text. For qr-png, qr-svg and qr-text, --out is a folder that receives part-01.png, part-02.png... in order (qr-text: the payloads as text files). The pdf adds a summary in words and a guide for the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the presentation was written (or previewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown record or claim, a record that cannot be presented, an unwritable file, or no wallet in the folder; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your wallet ID (its did:key) and public key, for issuers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints your wallet ID, the did:key that signs your presentations, and its public key as a JWK, which an issuer can bind an SD-JWT credential to (cnf.jwk). The key is made the first time it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what you shared, with whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every presentation made: when, for whom, which records and claims, and in which format. It never holds the presentation itself or any key. --delete ID removes one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry with this id, or no wallet in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a résumé for employers: LER-RS, JSON Resume or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a résumé of the records given with --credential (every record when none is given) to --out, with your name and contact from the wallet&apos;s profile (filled in the app).

ler-rs is the HR Open Standards Learning and Employment Record Resume: each Open Badge 3.0 and CLR 2.0 goes in unchanged so the employer&apos;s system can verify it. ler-rs-vc is the same, signed by your wallet as a verifiable credential. json-resume is JSON Resume 1.x; it cannot carry signatures, skill frameworks or evidence, and says which records lost what. pdf is a printable résumé with a QR code per credential that fits one.

Your birth date, gender, ethnicity, citizenship and legal ID are left out unless named with --include. Nothing but the chosen records leaves the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the résumé was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: no or an unknown --format, no --out, or an unknown --include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown record, an unwritable file, or no wallet in the folder; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the presentation that QR code images or a PDF carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the QR codes in images (PNG, JPEG...) and PDFs made by the wallet: VPQR codes, the parts of LER Wallet&apos;s multi-part format (in any order, repeats allowed) and codes holding a JWT or SD-JWT. Writes the presentation they carry to --out, as a file verify reads, or prints it. Codes that hold several presentations (one per credential) give FILE-1.json, FILE-2.json...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture with one or more QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A presentation PDF made by LER Wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the presentation was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: not decode, or no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image without a readable code, a damaged code, parts missing or of different presentations, or FILE cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup of the whole wallet to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes everything in the wallet to one encrypted file: every record with its original bytes, verification results, tags and collections, your own entries, your wallet&apos;s own key, the sharing history, trusted issuers, your identifiers and the settings. The file appears complete or not at all.

The backup has its own passphrase, which may differ from the wallet&apos;s: it is read from --backup-passphrase-file, or else from where the wallet passphrase comes from (the same passphrase when that is --passphrase-file or LER_WALLET_PASSPHRASE; asked for twice at the terminal otherwise). It must be as hard to guess as a wallet passphrase. The file format is described in docs/backup-format.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: no --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wallet in the folder, the backup passphrase is too easy to guess, a passphrase file cannot be read, or FILE cannot be written; no file is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into a new wallet, or merge it into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores the backup --in FILE into a new wallet in the folder --wallet, which must not exist or be empty, with a new passphrase and a new recovery code (printed once). With --merge the backup&apos;s records are added to the wallet already in --wallet: records it has already (the same file, or the same credential in another wrapper) are not added twice, and where it has another version of a record, its own is kept.

The whole backup is read and checked before anything is written: a wrong backup passphrase, a damaged or incomplete file or a backup from a newer version writes nothing. The backup passphrase comes from --backup-passphrase-file, or else from where the wallet passphrase comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup was restored or merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error: no --in or --wallet, or the folder already holds something (without --merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is damaged, incomplete, not a backup or from a newer version, a passphrase file cannot be read, or (--merge) no wallet in the folder; nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong backup passphrase, or (--merge) wrong wallet passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of a command, or the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a command does, its arguments, options and exit codes, and an example; the same as COMMAND --help. Without a command, lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet keeps your Learning and Employment Record (badges, transcripts, certificates and your own work history) in an encrypted wallet on this computer, checks that credentials are genuine, and verifies credentials and presentations others give you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is asked for on the terminal without echo. For scripts it can come from --passphrase-file or the LER_WALLET_PASSPHRASE environment variable (less safe: other programs of the same user can read the environment). A new passphrase can also come from LER_WALLET_NEW_PASSPHRASE, a recovery code from LER_WALLET_RECOVERY_CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success (verify: every file verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check or verification failed (verify: a file is not verified or only partly verified), or import rejected some input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable or invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase or locked wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-ler takes its records with --credential ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the format with --format: ler-rs, ler-rs-vc, json-resume or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--include takes birthDate, gender, ethnicity, citizenship or legalId, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote a %1 résumé of %n record(s) to %2.</source>
        <translation>
            <numerusform>Wrote a %1 résumé of %n record to %2.</numerusform>
            <numerusform>Wrote a %1 résumé of %n records to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  left out of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential files were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one or more files or folders to import, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential files found in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet has not verified it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did NOT pass verification when your wallet last checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet could only partly verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ties its signing key to the issuer it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no signature of its own, so it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is your own entry: your wallet signs it, and the recipient sees it as stated by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared whole: the issuer&apos;s signature covers the whole record, so no part of it can be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared as a credential your wallet issues and signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1. Hidden: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with your wallet ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recipient named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge (made by your wallet): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet proves that it is yours (key binding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (JWK, for an issuer&apos;s cnf.jwk): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present takes its records with --credential ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --format vp-json, vp-jwt, sd-jwt, pdf, qr-png, qr-svg or qr-text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --qr-policy auto, robust or verifierplus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qr-policy goes with the pdf and qr formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the records to share with --credential ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disclose takes ID:CLAIM, such as %1:achievement.grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--disclose names %1, which is not one of the records given with --credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the presentation (%1) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the PDF with %n QR code(s) to %1.</source>
        <translation>
            <numerusform>Wrote the PDF with %n QR code to %1.</numerusform>
            <numerusform>Wrote the PDF with %n QR codes to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n QR code(s) to %1:</source>
        <translation>
            <numerusform>Wrote %n QR code to %1:</numerusform>
            <numerusform>Wrote %n QR codes to %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>history takes no arguments; delete with --delete ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delete takes the number of a history entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted history entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not shared anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by a counselor with you present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run qr decode IMAGE... to read QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one image or PDF with QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n QR code(s).</source>
        <translation>
            <numerusform>Read %n QR code.</numerusform>
            <numerusform>Read %n QR codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote the presentation to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holding %2 signed by %3</source>
        <comment>%1 is &quot;3 QR codes&quot;, %2 is &quot;1 presentation&quot;, %3 who signed them</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n QR code(s)</source>
        <translation>
            <numerusform>%n QR code</numerusform>
            <numerusform>%n QR codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s)</source>
        <translation>
            <numerusform>%n presentation</numerusform>
            <numerusform>%n presentations</numerusform>
        </translation>
    </message>
    <message>
        <source>no one it names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of secure memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>base32: impossible length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base32: invalid character at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base32: non-zero padding bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base58: input longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base58: invalid character at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: input longer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: invalid character at position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: impossible length %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url: non-canonical trailing bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multibase: empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multibase: non-ASCII character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multibase: encoding %1 is not supported (only &apos;z&apos; base58btc and &apos;u&apos; base64url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varint: not minimally encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varint: longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>varint: truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multicodec prefix is not a valid varint.</source>
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
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it is mostly a common word or a password many people use. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it follows a row of keys on the keyboard. Use a few unrelated words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it is mostly a sequence such as abcd or 1234. Use a few unrelated words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it repeats the same characters or words. Use a few unrelated words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is easy to guess: it is mostly a date or a year. Add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Make it longer, for example with a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s signing key is unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seal: bad key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: out of secure memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK: member &quot;%1&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK: EC curve &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK: OKP curve &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>algorithm %1 cannot be used with a %2 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned tokens (alg &quot;none&quot;) are never accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature algorithm &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an elliptic curve for ECDSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 coordinates must be %2 bytes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys must have %1 to %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA public exponent is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK: a public key was expected but private member &quot;%1&quot; is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK: key type &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key type %1 is not supported for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no public key to verify with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: bad header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: message after the final one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: message too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: message does not authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL: %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 public key is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 signature must be 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ECDSA %1 signature must be %2 bytes (r||s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an RSA signature must be as long as the modulus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SEC 1 %1 point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the point is not on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid Ed25519 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 public key must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Ed25519 key has no X25519 equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWK: member &quot;%1&quot; is not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: unexpected tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: unsupported length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: length not minimally encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: integer is empty or negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: integer not minimally encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: trailing bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA public key DER: trailing bytes in the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: no secure memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: bad key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: init_push failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: push failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: bad key or header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretstream: unexpected plaintext size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::did</name>
    <message>
        <source>verification method type &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DID document defines verification method %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification method %1 is not in the DID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verification method must carry exactly one public key property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification method type &quot;%1&quot; with publicKeyMultibase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification method type &quot;%1&quot; with publicKeyJwk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification method %1 is not authorised for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web must be fetched over the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DID method &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a did:jwk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:jwk longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:jwk: the identifier is not base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:jwk: the identifier is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:jwk: the JWK has no &quot;kty&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:jwk: the JWK holds private key material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a did:key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:key longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:key: expected a bare DID, without version, path, query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:key: the key must be multibase base58btc (&apos;z&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:key: the key is not in its canonical (compressed) encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web: &quot;%1&quot; is not a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web: &quot;%1&quot; is an IP address; a did:web must name a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web: &quot;%1&quot; is not a valid port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a did:web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web: path segment %1 is empty or has characters not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did:web: does not form a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::export</name>
    <message>
        <source>a schema needs an absolute URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no schema files in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON résumé format</source>
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
        <source>The credential&apos;s issuer must be a web address or an object with an id, but it is not.</source>
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
    <message>
        <source>The badge text in this SVG image is larger than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is longer than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds more than %2 files that may be credentials. Import its folders one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON data gives the same name twice in one object (near character %1), so it could be read two ways. It is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the token is too long to decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript lists more than %1 courses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge text in this PNG image unpacks to more than %1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disclosed claims of the SD-JWT cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a presentation, not a credential: open it to check it instead of importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Open Badges 3.0 credential has one subject (credentialSubject), but this one has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file or folder with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payload parser for baked badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preferred format for a baked badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: text follows a closing quote; quotes inside a quoted field must be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more fields than the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: the kind must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: a date is not written like 2024-05-31, 2024-05 or 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image holds more than one badge, so it could be read as either. It is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::jose</name>
    <message>
        <source>SD-JWT: _sd_alg &quot;%1&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: &quot;crit&quot; must be a non-empty array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: &quot;crit&quot; lists an invalid entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: critical header &quot;%1&quot; is not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: the header has no &quot;alg&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: unsigned tokens (alg &quot;none&quot;) are never accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: the signature is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: expected three dot-separated parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: the header must name &quot;alg&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWS: no signer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too deep, or a character or escape JSON does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: claims nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT disclosure: not valid base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT disclosure: not strict JSON (too deep, a name given twice, or an escape or character JSON does not allow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT disclosure: not a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT disclosure: must have 2 or 3 elements, has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT disclosure: the salt is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT disclosure: the claim name is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS header is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS payload is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JWS signature is not valid base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: empty disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: &quot;%1&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: &quot;%1&quot; holds a non-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: JSON serialization lacks protected, payload or signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: &quot;iat&quot; is missing or not a valid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: the KB-JWT is too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: the KB-JWT is issued in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: the SD-JWT has no cnf.jwk holder key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: the nonce does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: the audience does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: sd_hash does not match the presented SD-JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: a disclosure to reveal is not part of this SD-JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: no &apos;~&apos; separator: this is a plain JWT, not an SD-JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key binding JWT is not a valid JWS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: the JSON serialization has no signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: &quot;kb_jwt&quot; is not a compact JWS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: a key binding JWT is required but missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT key binding: the KB-JWT &quot;typ&quot; is not &quot;kb+jwt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key binding signature was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SD-JWT issuer signature was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: the same disclosure is present twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: %1 disclosure(s) are not referenced by any digest in the SD-JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: a digest is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: a digest appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: &quot;_sd&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: an array-element disclosure is referenced from &quot;_sd&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: a disclosure uses the reserved claim name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: the claim &quot;%1&quot; must not be selectively disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: disclosed claim &quot;%1&quot; would overwrite an existing claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: an object-property disclosure is referenced from an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT: &quot;_sd_alg&quot; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON holds a signed token&apos;s members (payload, protected, signatures) beside others, so it could be read as two different things. It is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::jsonld</name>
    <message>
        <source>cannot open bundled resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled resource %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context %1 is not bundled with the wallet and is never fetched from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contexts nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the context has protected terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a context must be an object, a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve the context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 nested remote contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no @context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 remote context loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@import needs JSON-LD 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no @context object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an imported context must not use @import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative @base without a base IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@direction needs JSON-LD 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@propagate needs JSON-LD 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@version 1.1 in JSON-LD 1.0 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the empty string is not a term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 term definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term definitions depend on each other too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@protected needs JSON-LD 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not expand to its @id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no IRI and there is no @vocab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a @type container needs @id or @vocab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad @index in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoped contexts need JSON-LD 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@nest needs JSON-LD 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@prefix not allowed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyword alias cannot be a prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@type with @language or @direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a nested value cannot hold @value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value object cannot take an index property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe mode validation error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::media</name>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is locked with a password; open the PDF the wallet made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has %1 pages; a presentation PDF has at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code could be read in this PDF.</source>
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
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPQR: VerifierPlus reads it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed text: LER Wallet reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of %2: scan all parts with LER Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; the QR codes go into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds QR codes (part-... files). Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ties its signing key to the issuer it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no signature of its own, so it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-asserted: the holder states this; no issuer vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s wallet verified it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s wallet could only partly verify it, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did NOT pass verification when the holder&apos;s wallet checked it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries nothing that can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s wallet has not verified it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared whole, exactly as the issuer signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued and signed by the holder&apos;s own wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the issuer&apos;s fixed claims are shown; every optional claim stays hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these optional claims are shown: %1. The others stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the QR code below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in QR code %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in QR codes %1 to %2 of %3, read together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records shared from LER Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet %1 (the holder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end set by the holder (the checker&apos;s own age limit applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made by the holder&apos;s wallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is a summary in words. What counts is the signed data in the QR codes: check it as explained below before you rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What is shared (%n record(s))</source>
        <translation>
            <numerusform>What is shared (%n record)</numerusform>
            <numerusform>What is shared (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each VPQR code holds one record in a presentation signed by the holder&apos;s wallet, complete on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code holds the whole presentation, signed by the holder&apos;s wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes marked &quot;part&quot; hold one presentation together: scan all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The QR codes (%n)</source>
        <translation>
            <numerusform>The QR codes (%n)</numerusform>
            <numerusform>The QR codes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>1. With LER Wallet (free, no account needed): choose &quot;Check a presentation&quot; on its start screen or in its File menu and open this PDF file, or photos or scans of its QR codes. Type in the challenge you gave the job seeker and your domain, if you gave them: a presentation made for someone else is then refused. LER Wallet reads every code on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. With VerifierPlus (verifierplus.org) or the Learner Credential Wallet app: scan a code marked VPQR. Each one is a complete signed presentation of its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good result means: the holder&apos;s wallet signed the presentation for you, and each issuer&apos;s signature is valid, so nothing was changed since it was issued. Make sure each issuer is who you expect. Self-asserted records are the job seeker&apos;s own statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The challenge in this presentation is %1. If you asked for a different one, do not accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the employer: how to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet presentation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by LER Wallet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified (checked on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each QR code holds the credential itself, signed by its issuer. Scan it with a verifier app (LER Wallet, VerifierPlus) to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumé of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saveImage: the image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a presentation document needs its QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR text must not contain NUL characters</source>
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
    <message>
        <source>Could not find the server %1 (its name does not resolve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be looked up in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address of this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address on a private network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is a link-local address, reachable only on the local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address inside an internet provider&apos;s network (100.64.0.0/10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is a multicast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is an unspecified address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is a broadcast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 is an address reserved for special use, not a public web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 broke off before the end: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to another site (%2), but a DID document must come from the site it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to another site (%2), but a key must come from the site that lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not fetched: %1 redirected to another site (%2), but an issuer&apos;s profile must come from the issuer&apos;s own site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: an earlier step did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was not checked: no key of the issuer could be found to check it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge description at %1 names another address as its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge description names no issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile at %1 names another address as its own, so it is not the issuer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s web site could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: the issuer has withdrawn this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s web site still holds this badge and has not revoked it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s web site %1 holds the same badge (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with the issuer&apos;s profile at %1 (fetched %2): the badge is hosted where the issuer hosts its badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer publishes no revocation list, so it has not revoked this badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s revocation list could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the issuer&apos;s revocation list (fetched %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signed this badge (%1) is not one the issuer&apos;s profile lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was not checked: it was not made with a key of the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s profile lists no key for its signed badges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 does not name the badge&apos;s issuer as its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is listed in the issuer&apos;s profile at %1 and names the issuer as its owner (key fetched %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the issuer&apos;s key could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the signature does not match a key of the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy of this badge differs from the one the issuer&apos;s web site holds (%1 is different).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the badge description in your copy could not be compared with the issuer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the issuer details in your copy could not be compared with the issuer&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching on the thread of the windows is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences, one after the other.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 broke off before the end: %2 of %3 bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list could not be decompressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document at the status list address is another status list (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::present</name>
    <message>
        <source>The wallet&apos;s own key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet has no key of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SD-JWT presentation carries exactly one SD-JWT credential. Choose the vp-json or vp-jwt format for other records or for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n presentation(s) in these QR codes were signed by the same wallet for the same challenge and recipient.</source>
        <translation>
            <numerusform>The %n presentation in these QR codes were signed by the same wallet for the same challenge and recipient.</numerusform>
            <numerusform>The %n presentations in these QR codes were signed by the same wallet for the same challenge and recipient.</numerusform>
        </translation>
    </message>
    <message>
        <source>These QR codes hold presentations from different wallets or made for different requests; they do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These QR codes hold no presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credential %1 cannot be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an Open Badges 2.0 badge, which is not a W3C Verifiable Credential and cannot go into a presentation. Share the badge&apos;s own file instead (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a transcript without a signature, which cannot go into a presentation. Share its file instead (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored credential &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to another key than this wallet&apos;s, so this wallet cannot prove that it is yours (key binding). Ask the issuer to issue it to your wallet ID (whoami).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not bound to any key, so an SD-JWT presentation of it cannot prove that it is yours. Share it in a vp-json or vp-jwt presentation, which your wallet signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs to know who the presentation is for: its key binding names the recipient. Give the recipient&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SD-JWT credential: its signature covers the whole record, so it is shared whole and no claims can be chosen in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one record to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is part of a transcript that is also chosen whole. Choose the whole transcript or single courses from it, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen: this credential has no claims that can be shown or hidden one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim that can be chosen in this credential. These can: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sharing history has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation signed without the holder key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 is not in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untitled credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be chosen: %2 has no claims that can be shown or hidden one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim that can be chosen in %2. These can: %3</source>
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
    <message>
        <source>This QR code is not part of a presentation LER Wallet can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too large to share as QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would need %1 QR codes; the most LER Wallet makes is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These QR codes belong to different presentations. Scan the codes of one presentation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different QR codes both say they are part %1 of %2; one of them is damaged or forged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some QR codes of this presentation are missing: part %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These QR codes hold more than LER Wallet reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parts were read, but together they do not match their checksum: a code is damaged or does not belong to this presentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These QR codes hold a kind of data LER Wallet does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in these QR codes is damaged (it is not what its header says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This QR code is not a VPQR presentation (it does not start with VP1-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VPQR code uses an encoding LER Wallet does not read (only base32, B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VPQR code does not hold one presentation or credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is too large for one QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR policy leaves no room for data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in these QR codes is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBOR-LD does not carry this document unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VPQR code is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::rdf</name>
    <message>
        <source>N-Quads text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: unexpected text after &apos;.&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected an IRI or blank node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected &apos;&lt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: character not allowed in an IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: unterminated IRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: IRI is not absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: expected &apos;_:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad blank node label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: unterminated literal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad language tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: truncated escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: escape is not a Unicode scalar value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-Quads line %1, column %2: bad hex digit in escape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::records</name>
    <message>
        <source>The picture at this address is not an image LER Wallet shows, or it is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record is not in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That collection is not in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the collection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection name can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a collection called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::session</name>
    <message>
        <source>Imported, but it could not be checked now (%1). Check it again from the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is open to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::session::WalletSession</name>
    <message>
        <source>The wallet is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy replacing its key. Try again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the work that is running on the wallet has finished.</source>
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
    <message>
        <source>Only your own entries can be edited; a credential stays as its issuer made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same entry is already in your wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the wallet folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s key is being replaced in another window or command. Try again when that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the wallet could not save this change. What was saved before is kept. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet folder cannot be written to (it is read-only, or you may not change it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet could not be written to the disk (%1). What was saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file&apos;s list of keys does not match its seal: it was changed outside LER Wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is not sealed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is sealed, readable and has a passphrase and a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s key file was changed outside LER Wallet: its list of keys does not match its seal. Restore the key file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another LER Wallet window or command is changing this wallet&apos;s keys. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write beside the wallet&apos;s key file (the disk may be full, or the folder read-only). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish replacing the wallet key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the wallet under the new key is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy of the wallet to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key replacement was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet is open in another window or command. Close it there, then replace the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is saved, but the wallet could not switch to it yet. Lock the wallet and open it again with your passphrase to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is open in another window or command. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the wallet&apos;s key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 0 to 1000 new records (0: no reminder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from 0 to 365 days (0: no reminder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a clipboard time from 0 to 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name in 100 characters or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not seal the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write an unsealed key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of secure memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database key must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database already exists here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wallet to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to store is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification result must name its credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification result must have an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier must be an e-mail address, a DID or a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identifier is not in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted key set cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trusted key is not in the wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::text</name>
    <message>
        <source>Open Badge from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner record from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College transcript from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>College transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High school transcript from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High school transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled credential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::BackupController</name>
    <message>
        <source>Back &amp;up now...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not made a backup of this wallet yet. If this computer breaks or is lost, your records are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You added %1 records since your last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last backup is %1 days old.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::BackupDialog</name>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one encrypted file with everything in your wallet: your records, their checks, your own entries, your wallet&apos;s key and what you shared. Keep it somewhere other than this computer, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup. It may differ from your wallet&apos;s. Without it nobody can open the backup, not even you: write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup. Making its key strong takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet backups (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your wallet is backed up&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Records in it: %2. Its size: %3.&lt;/p&gt;&lt;p&gt;Keep the file and its passphrase in different places.&lt;/p&gt;</source>
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
    <name>ler::ui::CheckPresentationWindow</name>
    <message>
        <source>The file cannot be read, or is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go online to check issuers&apos; keys and whether credentials were revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the report as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Check a presentation&lt;/h2&gt;Open what the job seeker gave you: a presentation file (.json, .jwt, .sd-jwt), the PDF LER Wallet made, or pictures of its QR codes. You do not need a wallet of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the challenge code you gave the job seeker, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your domain, as you gave it (for example jobs.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your challenge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse presentations older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies when the job seeker set no expiry of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentations and QR images (*.json *.jwt *.sd-jwt *.txt *.pdf *.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the report before you rely on anything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked with LER Wallet on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation check.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::CheckReport</name>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1 (identified as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who presented it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a credential on its own, not a presentation: nothing shows that whoever gave it to you is the person it was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation names no holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented and signed by the wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names this wallet, but the wallet&apos;s signature does not hold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder set no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read from %n QR code(s)</source>
        <translation>
            <numerusform>Read from %n QR code</numerusform>
            <numerusform>Read from %n QR codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, holding %n signed presentation(s).</source>
        <translation>
            <numerusform>, holding %n signed presentation.</numerusform>
            <numerusform>, holding %n signed presentations.</numerusform>
        </translation>
    </message>
    <message>
        <source>It answers your challenge %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You gave no challenge: a presentation made for someone else would pass as well. Ask the job seeker for a new one with your challenge if that matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated by the person who presented it; no issuer vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only self-asserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check of the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is the credential&apos;s own: anyone can make an identifier like this one, and nothing else confirms that it belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::ClientDialog</name>
    <message>
        <source>&amp;Open the client&apos;s wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate a wallet for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start helping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a client&apos;s wallet from their folder, such as a USB stick, or make one there. While it is open the window says whose wallet it is. When you close or lock it, or it locks by itself, nothing of it stays on this computer: it is not added to the list of wallets, no settings are kept and the clipboard is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the client wants it shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is kept only inside the client&apos;s wallet. When you open a wallet that already has one, you may leave this empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s wallet folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the client&apos;s wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a wallet. Choose to open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the client&apos;s name, so the window can say whose wallet it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wallet in this folder. Check the folder, or choose to create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::ClientSessionController</name>
    <message>
        <source>Helping a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are helping a client.&lt;/b&gt; This is their wallet, from %1. Nothing of it stays on this computer when you close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are helping %1.&lt;/b&gt; This is %1&apos;s wallet, from %2. Nothing of it stays on this computer when you close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client&apos;s wallet - LER Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s wallet (helping a client) - LER Wallet</source>
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
        <source>I have written down or printed my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open my wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::DeleteWalletDialog</name>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Delete the wallet &lt;b&gt;%1&lt;/b&gt; in %2?&lt;/p&gt;&lt;p&gt;Type its passphrase to continue: you will then see what would be lost.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the wallet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records, %2 of them your own entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries of your sharing history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your wallet&apos;s own key: presentations you made with it can no longer be shown to be yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last backup of it was made on %1; what was added since is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have never made a backup of it: nothing of it can be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Deleting this wallet loses, for good:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%1&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Only the wallet&apos;s own files are deleted; anything else in its folder stays.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::DisclosurePage</name>
    <message>
        <source>Choose what to show inside each record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some credentials let you show single facts and keep the rest hidden. Others were signed as one piece and can only be shared whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the records you chose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This credential has no claims you can hide: it is shared as issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and untick these records to continue.</source>
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
    <message>
        <source>Edit your entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::ExportDialog</name>
    <message>
        <source>the issuer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credential itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frameworks of its skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;LER-RS (HR Open Standards), for employers&apos; systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER-RS &amp;signed by your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF to print or send, with a QR code to check each credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Resume has no place for the issuers&apos; signatures, the frameworks of skills or evidence: the file says what you did, but an employer cannot check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each credential that fits gets a QR code an employer can scan to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Open Badge and CLR goes in unchanged, so the employer&apos;s system can check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records (only these leave the wallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also include (left out unless you tick them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one record to put in the résumé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>...and %n more.</source>
        <translation>
            <numerusform>...and %n more.</numerusform>
            <numerusform>...and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What JSON Resume leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Resume cannot carry these; the file will not have them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
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
        <source>Check &amp;all records again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted issuers and your identifiers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the computer was locked or went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a ré&amp;sumé...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k a presentation...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badges and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing &amp;history...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the wallet &amp;key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y your wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; from your wallet? The %n credential(s) inside it go too. This cannot be undone.</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; from your wallet? The %n credential inside it go too. This cannot be undone.</numerusform>
            <numerusform>Delete &quot;%1&quot; from your wallet? The %n credentials inside it go too. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your wallet? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet key was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared. It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing history</source>
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
    <name>ler::ui::PresentText</name>
    <message>
        <source>Your wallet has not verified it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did NOT pass verification when your wallet last checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet could only partly verify it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ties its signing key to the issuer it names, so the issuer is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries no signature of its own, so it cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is your own entry: the recipient sees it as stated by you, not by an issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared whole. The issuer&apos;s signature covers the whole record as one piece: leaving any part out would break the signature, so the recipient sees all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own entry. Your wallet issues it as a credential signed with your wallet&apos;s key, marked self-asserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You choose what to show. Claims you do not tick stay hidden; the recipient cannot see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to verify: it is your own entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by your wallet on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified by your wallet on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified when your wallet checked it on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It carries nothing that can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked by your wallet yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the recipient will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your wallet ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient named: anyone may use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (made by your wallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date (the recipient decides how old is too old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet adds proof that this credential is yours (key binding).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with a warning can still be shared. The recipient&apos;s own check will show the same problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::PresentWizard</name>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>presentation for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. It is in your sharing history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::PreviewPage</name>
    <message>
        <source>You will save a PDF: this summary, the QR codes that carry the signed presentation, and a short guide for the employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet will show the QR codes on this screen; you can also save or print them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will save an SD-JWT file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will save a presentation as a JWT file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will save a presentation as a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what you share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is signed or saved until you go on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::QrCodesDialog</name>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave &amp;full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR codes as SVG in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR codes as PNG in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n QR code(s) in %1, in order: part-01, part-02...</source>
        <translation>
            <numerusform>Saved %n QR code in %1, in order: part-01, part-02...</numerusform>
            <numerusform>Saved %n QR codes in %1, in order: part-01, part-02...</numerusform>
        </translation>
    </message>
    <message>
        <source>LER Wallet presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecipientPage</name>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation names its recipient, so a copy passed on to anyone else is refused when they check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example jobs.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty if you were not given one; your wallet makes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date (the recipient decides how old is too old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (their web domain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their challenge code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employer may give you a challenge code with their request. Type it exactly: it proves the presentation was made for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to send by email or upload:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF to print or send, with a summary and QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes on this screen, for the employer to scan with a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable Presentation (JSON), read by most verifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiable Presentation as a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT (one SD-JWT credential only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How will you share it?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordCardDelegate</name>
    <message numerus="yes">
        <source>%n inside</source>
        <translation>
            <numerusform>%n inside</numerusform>
            <numerusform>%n inside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordDetailPage</name>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save original...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this record&apos;s signature, issuer, dates and status now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to co&amp;llection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas (press Enter to keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the &amp;original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a record to see it in full.

Use the arrow keys to move through your records and Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New collection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A badge picture (%n byte(s)) with this credential baked into it:</source>
        <translation>
            <numerusform>A badge picture (%n byte) with this credential baked into it:</numerusform>
            <numerusform>A badge picture (%n bytes) with this credential baked into it:</numerusform>
        </translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
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
    <message>
        <source>Skills and alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential Engine Registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordListModel</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecordPickPage</name>
    <message>
        <source>Choose what to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the records the recipient should see. A transcript can go whole, or tick only the courses you want from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your records...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (your own entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Open Badges 2.0 badge is not a verifiable credential, so it cannot go into a presentation. Share the badge&apos;s own file instead (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transcript without a signature cannot go into a presentation. Share its file instead (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet holds no records yet. Import some first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the whole transcript.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RecoveryCodePage</name>
    <message>
        <source>&amp;Print...</source>
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
    <name>ler::ui::ReplaceKeyDialog</name>
    <message>
        <source>Replace the wallet key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Replace the wallet key&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this if an old copy of this wallet&apos;s key file and an old passphrase may both have got into someone else&apos;s hands. Your records are copied under a new random key, so old copies of the key file no longer open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will get a new recovery code, shown once; the old one stops working. Close this wallet in any other window or command first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also choose a &amp;new passphrase (if the old one may have leaked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the wallet key. Keep LER Wallet open until this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your new recovery code&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet key was replaced. Your old recovery code no longer works. Write this one down or print it now, and keep it away from this computer. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written down or printed my new recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your passphrase and making the new key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying your records under the new key...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new key file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to the new key...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::RestoreDialog</name>
    <message>
        <source>Restore a wallet from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a backup to this wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole backup, then restoring it. This takes a few seconds...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new wallet from a backup file. Everything in the backup comes back: records, checks, your own entries, your wallet&apos;s key and what you shared. The new wallet gets its own passphrase and recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the records of a backup to this wallet. Records it has already are not added twice; where it has another version of a record, its own stays. Its settings and its key stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty folder for the wallet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase for the new wallet (it may be the one the old wallet had):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to this wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Your wallet is restored&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new wallet&apos;s recovery code: if you forget its passphrase, it is the only way back in. The old wallet&apos;s code does not open it. Write it down or print it now; it will not be shown again.</source>
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
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LER Wallet backups (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new, empty folder for the wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;The backup was added to this wallet&lt;/h3&gt;&lt;p&gt;Records added: %1. Already in the wallet: %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Records this wallet has in another version, whose version was kept: %1.&lt;/p&gt;</source>
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
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to back up after this many new records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to back up when my last backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear what I copy from the clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::SharingHistoryView</name>
    <message>
        <source>Presentation file (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation file (JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SD-JWT file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF with QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every presentation you made: when, for whom and what it showed. The presentations themselves are not kept. Deleting an entry does not take back what was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (only %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no one named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not shared anything yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry from your sharing history? What was shared stays shared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::TaskProgress</name>
    <message>
        <source>Cancel</source>
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
        <source>Opening your wallet...</source>
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
        <source>&amp;Lock wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet folder: %1</source>
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
    <message numerus="yes">
        <source>%n record(s) in your wallet.</source>
        <translation>
            <numerusform>%n record in your wallet.</numerusform>
            <numerusform>%n records in your wallet.</numerusform>
        </translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Badges and certifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your wallet is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import badges, transcripts and certificates with &lt;b&gt;Import...&lt;/b&gt; (Ctrl+I), drop files onto this window, or paste a credential with Ctrl+Shift+V.&lt;/p&gt;&lt;p&gt;Add your own work history with &lt;b&gt;Add entry...&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, issuers, skills, courses... (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show records from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show records that are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show records tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ré&amp;sumé...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a résumé of the records you choose: LER-RS, JSON Resume or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework and code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No skills yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skills come from the badges and transcripts that name them (their alignments and competencies). Import such credentials to see your skills here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New collection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete collection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group records for a purpose, such as &quot;For warehouse jobs&quot;. Add a record to a collection from its page; press Enter on a collection to see its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;No records match.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#clear&apos;&gt;Clear the search and filters&lt;/a&gt; to see all %n record(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;No records match.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#clear&apos;&gt;Clear the search and filters&lt;/a&gt; to see all %n record.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;No records match.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;#clear&apos;&gt;Clear the search and filters&lt;/a&gt; to see all %n records.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) from your records.</source>
        <translation>
            <numerusform>%n skill from your records.</numerusform>
            <numerusform>%n skills from your records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s).</source>
        <translation>
            <numerusform>%n collection.</numerusform>
            <numerusform>%n collections.</numerusform>
        </translation>
    </message>
    <message>
        <source>What you shared, with whom and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shown of %2</source>
        <comment>records shown of all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n record(s)</source>
        <translation>
            <numerusform>%1, %n record</numerusform>
            <numerusform>%1, %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter or double-click to see the records that back this skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n record(s)</source>
        <translation>
            <numerusform>%1 — %n record</numerusform>
            <numerusform>%1 — %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>No collections yet. Make one with New collection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tags were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the collection (for example &quot;For warehouse jobs&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection &quot;%1&quot;? Its records stay in your wallet.</source>
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
        <source>&lt;b&gt;Your wallets on this computer&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a wallet &amp;folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help a client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a client&apos;s wallet in any folder, such as their USB stick. Nothing of it stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck a presentation someone gave you...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is in this folder now (a USB stick that is not plugged in?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the wallet in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this wallet off the list? The wallet itself stays in %1; open its folder to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::ui::text</name>
    <message>
        <source>Personal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (your own entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on %1; not fully checked since (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified on %1 (it was verified on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified (checked on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own entry: nothing to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned: it cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ler::util</name>
    <message>
        <source>&quot;%1&quot; is not a duration: write a number and a unit, such as 30d, 12h or 45m, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write a number and a unit, such as 7d, 12h or 45m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
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
        <source>A proof needs a signing key.</source>
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
    <message>
        <source>The key %1 is a %2 key, but this proof needs a P-256 or P-384 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential holds &quot;%1&quot;, which none of its vocabularies (contexts) defines: the signature does not cover it, so the credential cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; is not defined by any of the credential&apos;s vocabularies (contexts): the signature does not cover it, so the credential cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential defines its own vocabulary inside it (a context for &quot;%1&quot;): the signature does not cover what its terms mean, so the credential cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential writes &quot;%1&quot; in a form that puts its data somewhere else than where it is read: what the credential shows may not be what was signed, so it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a full web address or identifier: the signature does not cover it, so the credential cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the credential (&quot;%1&quot;) is left out of what the signature covers, so the credential cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not a 96-byte P-384 ECDSA signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proof value is not a 64-byte P-256 ECDSA signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1, but LER Wallet does not know its context %2, so the meaning of its terms was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at a time that was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds both a credential and a presentation, so it cannot be read as either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names no issuer (its issuer has no id), so the signature cannot show who issued it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key came inside the presentation itself, so it shows the presentation was not changed, but not who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation names %1 as its holder, but it was signed with a key of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: nothing ties the signing key (%1) to the holder named in the presentation (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s key is part of their identifier %1, so no lookup was needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s key was fetched from their web site (%1) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s key is one you added as trusted (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLR 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has every field the %1 schema requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential lacks %1, which the %2 schema requires; what it holds may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proofs can only use eddsa-rdfc-2022 or eddsa-jcs-2022 with an Ed25519 key, or ecdsa-rdfc-2019 or ecdsa-jcs-2019 with a P-256 or P-384 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer did not return a signature of the key&apos;s type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Partly verified: the signature is valid and every check passed, but %n credential(s) inside are only self-asserted: stated by the person who presented them, not by an issuer.</source>
        <translation>
            <numerusform>Partly verified: the signature is valid and every check passed, but %n credential inside are only self-asserted: stated by the person who presented them, not by an issuer.</numerusform>
            <numerusform>Partly verified: the signature is valid and every check passed, but %n credentials inside are only self-asserted: stated by the person who presented them, not by an issuer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked: nothing ties the signing key to the issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-asserted: signed by the person who presented it, with their own wallet key. No issuer vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked or suspended, according to a copy of the issuer&apos;s status list saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list was issued by %1, not by the credential&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the issuer&apos;s status list could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ties the key that signed the status list to the credential&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder made this presentation valid until %1; that time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation was made %1 ago (on %2); presentations older than %3 are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-asserted: the person who presented it issued it to themself. No issuer vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presented by the person it was issued to (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to %1, but presented by %2: nothing shows that the person who presented it is the one it was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential names no issuer: a credential&apos;s issuer must be given by its web address or DID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VC-JOSE token (VC Data Model 2.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a VC-JWT (VC Data Model 1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is a presentation or another kind of token, not a credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status list names no issuer, so it cannot speak for the credential&apos;s issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer&apos;s status list fails its own verification, so it cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted keys file is not valid JSON (at character %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted keys file has an entry that is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted keys file has an entry that is neither a key set nor a DID document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted keys file has a key that cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted keys file has a key whose &quot;kid&quot; is not a full key id, and no &quot;issuer&quot; it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s id (jti) and the id inside the credential are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s subject (sub) and the subject inside the credential are different, so it could be read as issued to either.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ler::verify::datamodel</name>
    <message>
        <source>The required property %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a URL, but it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single URL, not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object, but it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be the URL of a context or a context object, but it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mixes the base contexts of VC Data Model 1.1 and 2.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must start with the W3C credentials base context, but it starts with &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one or more terms or URLs, but it has &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must include %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names both VerifiableCredential and VerifiablePresentation: a document is one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes no claim about its subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date and time with a time zone (an XML Schema dateTimeStamp), but it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an XML Schema date and time, but it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be earlier than validFrom, but it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats &quot;%2&quot;: each related resource is listed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must give a digestSRI or digestMultibase for the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text or a language value object (@value with an optional @language and @direction), but it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of an enveloped credential must be a data: URL, but it is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; does not stand for a URL: no context of the document defines it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is too large or too deeply nested to check safely (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON-LD: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not as the W3C data model requires (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
