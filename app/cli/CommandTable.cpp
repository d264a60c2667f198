// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// What each command does, takes and returns, in one table. To add a command: write its handler (a Cli member),
// add one CommandSpec below with its options, exit codes and example, and add any new option to optionTable().
#include "app/cli/CommandTable.h"

#include "app/cli/Cli.h"

#include <QCoreApplication>

namespace ler::cli {

namespace {

// Exit code texts several commands share.
const char* const kExitUsage = QT_TRANSLATE_NOOP("ler::cli", "usage error: a missing or extra argument or option");
const char* const kExitNoWallet
    = QT_TRANSLATE_NOOP("ler::cli", "no wallet in the folder, a damaged key file or an unreadable passphrase file");
const char* const kExitLocked = QT_TRANSLATE_NOOP("ler::cli", "wrong passphrase");

} // namespace

QString OptionSpec::synopsis() const
{
    QStringList forms;
    for (const QString& n : names) {
        forms.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    }
    QString s = forms.join(QStringLiteral(", "));
    if (valueName) {
        s += QLatin1Char(' ') + QLatin1String(valueName);
    }
    return s;
}

const QList<OptionSpec>& optionTable()
{
    static const QList<OptionSpec> table {
        { { QStringLiteral("wallet") },
            "DIR",
            QT_TRANSLATE_NOOP("ler::cli", "The wallet folder (default: %1)."),
            ValueKind::Folder,
            true },
        { { QStringLiteral("passphrase-file") },
            "FILE",
            QT_TRANSLATE_NOOP("ler::cli",
                "Read the passphrase from the first line of FILE instead of asking for it (or taking "
                "LER_WALLET_PASSPHRASE)."),
            ValueKind::File,
            true },
        { { QStringLiteral("json") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "Print one JSON document on standard output, also for errors."),
            ValueKind::None,
            true },
        { { QStringLiteral("new-passphrase-file") },
            "FILE",
            QT_TRANSLATE_NOOP(
                "ler::cli", "Read the new passphrase from the first line of FILE (or take LER_WALLET_NEW_PASSPHRASE)."),
            ValueKind::File },
        { { QStringLiteral("recovery-code") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli",
                "Open the wallet with the recovery code (asked for, or taken from LER_WALLET_RECOVERY_CODE) "
                "instead of the passphrase, to set a new passphrase."),
            ValueKind::None },
        { { QStringLiteral("replace") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "Replace stored versions of credentials that changed."),
            ValueKind::None },
        { { QStringLiteral("out") },
            "FILE",
            QT_TRANSLATE_NOOP("ler::cli", "The file to write (for QR codes, the folder)."),
            ValueKind::File },
        { { QStringLiteral("offline") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "Do not use the network; checks that need it are reported as not checked."),
            ValueKind::None },
        { { QStringLiteral("all") },
            nullptr,
            QT_TRANSLATE_NOOP(
                "ler::cli", "Check every credential in the wallet (given with --wallet) again and keep the results."),
            ValueKind::None },
        { { QStringLiteral("challenge") },
            "C",
            QT_TRANSLATE_NOOP("ler::cli", "The challenge (nonce) a presentation must answer."),
            ValueKind::Text },
        { { QStringLiteral("domain") },
            "D",
            QT_TRANSLATE_NOOP("ler::cli", "The domain (audience) a presentation must be made for."),
            ValueKind::Text },
        { { QStringLiteral("issuer-keys") },
            "FILE",
            QT_TRANSLATE_NOOP("ler::cli",
                "Issuer keys you trust: a JWKS whose kid is the full key id, JWT VC issuer metadata, a DID "
                "document, or an array of these."),
            ValueKind::File },
        { { QStringLiteral("identifier") },
            "ID",
            QT_TRANSLATE_NOOP("ler::cli", "Your email address or DID, for the recipient check; repeat it for several."),
            ValueKind::Text },
        { { QStringLiteral("max-age") },
            "DURATION",
            QT_TRANSLATE_NOOP("ler::cli",
                "The oldest presentation accepted when it sets no expiry of its own: 30d (the default), 12h, 2w, or "
                "none."),
            ValueKind::Text },
        { { QStringLiteral("credential") },
            "ID",
            QT_TRANSLATE_NOOP("ler::cli", "A record to share, as list prints its id; repeat it for several."),
            ValueKind::RecordId },
        { { QStringLiteral("disclose") },
            "ID:CLAIM",
            QT_TRANSLATE_NOOP("ler::cli",
                "A claim of an SD-JWT record to show, such as ID:achievement.grade or ID:skills[1]; ID:* shows all. "
                "Repeat it for several; the claims not named stay hidden."),
            ValueKind::Text },
        { { QStringLiteral("expires") },
            "DURATION",
            QT_TRANSLATE_NOOP("ler::cli", "How long the presentation stays valid, such as 7d or 12h."),
            ValueKind::Text },
        { { QStringLiteral("format") },
            "FORMAT",
            QT_TRANSLATE_NOOP("ler::cli",
                "What to make: for present, vp-json, vp-jwt or sd-jwt (a file), pdf (a printable page with QR codes), "
                "or "
                "qr-png, qr-svg or qr-text (a folder with one file per QR code); for export-ler, ler-rs, ler-rs-vc, "
                "json-resume or pdf (a résumé)."),
            ValueKind::Text },
        { { QStringLiteral("include") },
            "FACTS",
            QT_TRANSLATE_NOOP("ler::cli",
                "Facts about you to include, left out unless named: birthDate, gender, ethnicity, citizenship, legalId "
                "(separated by commas)."),
            ValueKind::Text },
        { { QStringLiteral("qr-policy") },
            "POLICY",
            QT_TRANSLATE_NOOP("ler::cli",
                "How QR codes are sized: auto (the default: sturdy codes, but a larger code VerifierPlus reads rather "
                "than several parts only LER Wallet reads), robust (error correction M, at most version 30) or "
                "verifierplus (error correction L, up to version 40, as VerifierPlus's own library makes them)."),
            ValueKind::Text },
        { { QStringLiteral("preview") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "Print what the recipient will see, and write nothing."),
            ValueKind::None },
        { { QStringLiteral("delete") },
            "ID",
            QT_TRANSLATE_NOOP("ler::cli", "Delete the history entry with this id."),
            ValueKind::Text },
        { { QStringLiteral("in") },
            "FILE",
            QT_TRANSLATE_NOOP("ler::cli", "The backup file to read."),
            ValueKind::File },
        { { QStringLiteral("merge") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli",
                "Add the backup's records to the wallet in --wallet instead of restoring it into a new wallet."),
            ValueKind::None },
        { { QStringLiteral("backup-passphrase-file") },
            "FILE",
            QT_TRANSLATE_NOOP("ler::cli",
                "Read the backup passphrase from the first line of FILE (else it comes from where the wallet "
                "passphrase does)."),
            ValueKind::File },
        { { QStringLiteral("rdfc") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "RDFC-1.0 canonical N-Quads of an N-Quads file."),
            ValueKind::None },
        { { QStringLiteral("jsonld-to-rdf") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli",
                "A JSON-LD file as RDF, printed as RDFC-1.0 canonical N-Quads (bundled contexts only, never "
                "fetched)."),
            ValueKind::None },
        { { QStringLiteral("jcs") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "RFC 8785 canonical JSON of a JSON file."),
            ValueKind::None },
        { { QStringLiteral("h"), QStringLiteral("help") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "Show the help of the program, or of the command named with it."),
            ValueKind::None,
            true },
        { { QStringLiteral("version") },
            nullptr,
            QT_TRANSLATE_NOOP("ler::cli", "Show the version."),
            ValueKind::None,
            true },
        // Used by the build to make the man page and the bash completion from these tables.
        { { QStringLiteral("man-page") }, nullptr, nullptr, ValueKind::None, false, true },
        { { QStringLiteral("bash-completion") }, nullptr, nullptr, ValueKind::None, false, true },
    };
    return table;
}

const QList<CommandSpec>& commandTable()
{
    static const QList<CommandSpec> table {
        { "init",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "Create a wallet and print its recovery code (shown once)."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Creates a wallet in the folder given by --wallet and prints its recovery code, once. Write the "
                "code down: if the passphrase is forgotten, it is the only way back into the wallet.\n\n"
                "The passphrase is asked for twice on the terminal, or read from --passphrase-file or "
                "LER_WALLET_PASSPHRASE. The cost of deriving the key is measured on this computer (about 0.5 to 1 "
                "second, at least 256 MiB of memory)."),
            {},
            { QStringLiteral("wallet"), QStringLiteral("passphrase-file"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the wallet was created") },
                { kUsage, QT_TRANSLATE_NOOP("ler::cli", "usage error, or the folder already holds a wallet") },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "the passphrase is too short, the two passphrases differ, or the passphrase file cannot be "
                        "read") } },
            "ler-wallet-cli --wallet ~/my-wallet init",
            ValueKind::None,
            &Cli::cmdInit },
        { "passwd",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "Change the passphrase (or set one with the recovery code)."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Changes the passphrase. The current one is asked for (or read from --passphrase-file or "
                "LER_WALLET_PASSPHRASE), then the new one twice (or read from --new-passphrase-file or "
                "LER_WALLET_NEW_PASSPHRASE). With --recovery-code, the recovery code opens the wallet instead, for "
                "a forgotten passphrase. Only the key file is rewritten, atomically; the recovery code keeps "
                "working."),
            {},
            { QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("new-passphrase-file"),
                QStringLiteral("recovery-code"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the passphrase was changed") },
                { kUsage, kExitUsage },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "no wallet in the folder, the new passphrase is too short, or a passphrase file cannot be "
                        "read") },
                { kLocked, QT_TRANSLATE_NOOP("ler::cli", "wrong passphrase or recovery code") } },
            "ler-wallet-cli --wallet ~/my-wallet passwd --new-passphrase-file new.txt",
            ValueKind::None,
            &Cli::cmdPasswd },
        { "rekey",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "Replace the wallet key and print a new recovery code."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Replaces the wallet key: every record is re-encrypted under a new random key, the passphrase is "
                "wrapped again (or replaced by a new one from --new-passphrase-file or LER_WALLET_NEW_PASSPHRASE), "
                "and a new recovery code is printed once; the old code stops working. Use it when an old copy of "
                "the key file and an old passphrase may both have leaked.\n\n"
                "The wallet must not be open in the app or in another command. An interrupted rekey leaves the "
                "wallet working with its old key."),
            {},
            { QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("new-passphrase-file"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the key was replaced; the new recovery code is printed") },
                { kUsage, kExitUsage },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "no wallet in the folder, the new passphrase is too short or easy to guess, or a passphrase "
                        "file cannot be read") },
                { kLocked,
                    QT_TRANSLATE_NOOP(
                        "ler::cli", "wrong passphrase, or the wallet is open in another window or command") } },
            "ler-wallet-cli --wallet ~/my-wallet rekey",
            ValueKind::None,
            &Cli::cmdRekey },
        { "check",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "Check the wallet's integrity."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Checks the wallet: the key file, the authentication code of every database page, the database's "
                "structure, links between records, the schema version and the fingerprint of every stored "
                "credential. Prints one line per check."),
            {},
            { QStringLiteral("wallet"), QStringLiteral("passphrase-file"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the wallet is intact") },
                { kCheckFailed, QT_TRANSLATE_NOOP("ler::cli", "a check failed") },
                { kUsage, kExitUsage },
                { kBadInput, kExitNoWallet },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet --json check",
            ValueKind::None,
            &Cli::cmdCheck },
        { "import",
            "FILE|FOLDER|-...",
            QT_TRANSLATE_NOOP("ler::cli", "Import credentials from files, folders or standard input."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Imports credentials: Open Badges 2.0 and 3.0, CLR 2.0, W3C Verifiable Credentials (JSON or JWT), "
                "SD-JWT VC, badges baked into PNG or SVG images, PESC XML transcripts and CSV files of your own "
                "entries. Each new credential is checked at once, offline. Prints one line per credential; a file "
                "that cannot be read does not stop the others.\n\n"
                "A folder is searched with all its subfolders, as the app's Import a folder does, and the number of "
                "files found is printed. On a terminal, standard error shows how far the import has come."),
            { { "FILE", QT_TRANSLATE_NOOP("ler::cli", "A file to import; - reads standard input.") },
                { "FOLDER",
                    QT_TRANSLATE_NOOP("ler::cli",
                        "A folder: every file in it and its subfolders named %1 is imported. Hidden files and "
                        "folders are skipped.") } },
            { QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("replace"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "every input was imported or is already in the wallet") },
                { kCheckFailed, QT_TRANSLATE_NOOP("ler::cli", "some input was rejected") },
                { kUsage, kExitUsage },
                { kBadInput, QT_TRANSLATE_NOOP("ler::cli", "no input could be imported, or no wallet in the folder") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet import ~/Downloads/badges/ transcript.xml",
            ValueKind::FileOrFolder,
            &Cli::cmdImport },
        { "list",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "List the credentials in the wallet."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Lists the credentials: id, kind, title, issuer, issue date and the latest verification result. "
                "Credentials nested in a CLR follow it, indented."),
            {},
            { QStringLiteral("wallet"), QStringLiteral("passphrase-file"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "success") },
                { kUsage, kExitUsage },
                { kBadInput, kExitNoWallet },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet --json list",
            ValueKind::None,
            &Cli::cmdList },
        { "show",
            "ID",
            QT_TRANSLATE_NOOP("ler::cli", "Show one credential (ID) as its normalized record."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Shows one credential: its format, when and from where it was added, its fingerprint, the "
                "credentials nested in it and its normalized record."),
            { { "ID", QT_TRANSLATE_NOOP("ler::cli", "A credential id, as list prints it.") } },
            { QStringLiteral("wallet"), QStringLiteral("passphrase-file"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "success") },
                { kUsage, kExitUsage },
                { kBadInput, QT_TRANSLATE_NOOP("ler::cli", "no credential with this id, or no wallet in the folder") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet show 0b6f6c1e-3d0e-4f7a-9f55-2f1e8d0c9a11",
            ValueKind::RecordId,
            &Cli::cmdShow },
        { "search",
            "WORDS...",
            QT_TRANSLATE_NOOP("ler::cli", "Find credentials by words in their title, issuer or skills."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Finds the credentials whose title, issuer, skills, courses or other text contain every word (as "
                "the start of a word)."),
            { { "WORDS...", QT_TRANSLATE_NOOP("ler::cli", "The words to look for.") } },
            { QStringLiteral("wallet"), QStringLiteral("passphrase-file"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "success, also when nothing matches") },
                { kUsage, kExitUsage },
                { kBadInput, kExitNoWallet },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet search forklift safety",
            ValueKind::Text,
            &Cli::cmdSearch },
        { "export",
            "ID --out FILE",
            QT_TRANSLATE_NOOP("ler::cli", "Write the original of credential ID to a file (--out)."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Writes the exact bytes that were imported (the JSON, the token, the baked image...) to FILE."),
            { { "ID", QT_TRANSLATE_NOOP("ler::cli", "A credential id, as list prints it.") } },
            { QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("out"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the file was written") },
                { kUsage, QT_TRANSLATE_NOOP("ler::cli", "usage error: no id, or no --out") },
                { kBadInput,
                    QT_TRANSLATE_NOOP(
                        "ler::cli", "no credential with this id, FILE cannot be written, or no wallet in the folder") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet export 0b6f6c1e-3d0e-4f7a-9f55-2f1e8d0c9a11 --out badge.png",
            ValueKind::RecordId,
            &Cli::cmdExport },
        { "delete",
            "ID",
            QT_TRANSLATE_NOOP("ler::cli", "Delete credential ID and the credentials nested in it."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Deletes a credential and the credentials nested in it, with their verification results. This "
                "cannot be undone."),
            { { "ID", QT_TRANSLATE_NOOP("ler::cli", "A credential id, as list prints it.") } },
            { QStringLiteral("wallet"), QStringLiteral("passphrase-file"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the credential was deleted") },
                { kUsage, kExitUsage },
                { kBadInput, QT_TRANSLATE_NOOP("ler::cli", "no credential with this id, or no wallet in the folder") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet delete 0b6f6c1e-3d0e-4f7a-9f55-2f1e8d0c9a11",
            ValueKind::RecordId,
            &Cli::cmdDelete },
        { "verify",
            "FILE|-... | --all",
            QT_TRANSLATE_NOOP("ler::cli", "Verify credentials in files, or every credential in a wallet."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Verifies credentials and presentations as their standards say and prints one line per check: "
                "format, signature, issuer, proof purpose, key binding, disclosures, dates, status and recipient. "
                "Each file is verified, not verified, or partly verified (nothing failed, but something important "
                "could not be checked).\n\n"
                "Images of QR codes (PNG, JPEG...) and PDFs made by LER Wallet are read for their codes: VPQR codes "
                "and the parts of LER Wallet's multi-part format, in any order. All the images and PDFs given are "
                "checked together as one presentation: their presentations must come from one wallet and answer one "
                "challenge.\n\n"
                "With --all and --wallet, every credential in the wallet is checked again, using the identifiers and "
                "trusted issuer keys kept in the wallet, and each result is stored."),
            { { "FILE",
                QT_TRANSLATE_NOOP("ler::cli",
                    "A file to verify: a credential, a presentation, an image of QR codes or a PDF made by the "
                    "wallet; - reads standard input.") } },
            { QStringLiteral("offline"),
                QStringLiteral("challenge"),
                QStringLiteral("domain"),
                QStringLiteral("issuer-keys"),
                QStringLiteral("identifier"),
                QStringLiteral("max-age"),
                QStringLiteral("all"),
                QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "every file is verified (--all: no credential failed a check)") },
                { kCheckFailed,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "a file is not verified or only partly verified (--all: a credential is not verified)") },
                { kUsage, kExitUsage },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "a file cannot be read or is in no supported format, or the issuer keys cannot be read") },
                { kLocked, QT_TRANSLATE_NOOP("ler::cli", "--all: wrong passphrase") } },
            "ler-wallet-cli verify --offline badge.png transcript.json",
            ValueKind::File,
            &Cli::cmdVerify },
        { "canonicalize",
            "--rdfc|--jsonld-to-rdf|--jcs FILE",
            QT_TRANSLATE_NOOP("ler::cli", "Print the canonical form of a JSON, JSON-LD or N-Quads file."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Prints FILE's bytes exactly as signatures see them, on standard output. Name exactly one of "
                "--rdfc, --jsonld-to-rdf and --jcs."),
            { { "FILE", QT_TRANSLATE_NOOP("ler::cli", "The file to read; - reads standard input.") } },
            { QStringLiteral("rdfc"), QStringLiteral("jsonld-to-rdf"), QStringLiteral("jcs") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "success") },
                { kUsage, QT_TRANSLATE_NOOP("ler::cli", "usage error: not exactly one of the options and one file") },
                { kBadInput, QT_TRANSLATE_NOOP("ler::cli", "the file cannot be read or is not valid") } },
            "ler-wallet-cli canonicalize --jcs credential.json",
            ValueKind::File,
            &Cli::cmdCanonicalize },
        { "present",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "Make a presentation of chosen records, signed by your wallet."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Makes a presentation of the records given with --credential, signed with your wallet's own key, "
                "and writes it to --out. Credentials signed as a whole (Data Integrity, JWT) are shared whole; of an "
                "SD-JWT record only the claims named with --disclose are shown. Your own entries go into a "
                "credential your wallet issues, marked self-asserted. Every presentation made is kept in the "
                "sharing history.\n\n"
                "--domain names who it is for; --challenge is the recipient's challenge (one is made when not "
                "given); --expires sets how long it stays valid. With --preview, prints what the recipient will "
                "see and writes nothing.\n\n"
                "The pdf and qr formats carry the records in QR codes: one VPQR code per JSON-LD record (what "
                "VerifierPlus and the Learner Credential Wallet scan), each a complete presentation signed with the "
                "same challenge, with \"2 of 5\" printed beside it; what fits no code goes into parts of LER "
                "Wallet's multi-part format; an SD-JWT bound to your wallet goes as its text. For qr-png, qr-svg and "
                "qr-text, --out is a folder that receives part-01.png, part-02.png... in order (qr-text: the "
                "payloads as text files). The pdf adds a summary in words and a guide for the employer."),
            {},
            { QStringLiteral("credential"),
                QStringLiteral("disclose"),
                QStringLiteral("domain"),
                QStringLiteral("challenge"),
                QStringLiteral("expires"),
                QStringLiteral("format"),
                QStringLiteral("qr-policy"),
                QStringLiteral("out"),
                QStringLiteral("preview"),
                QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the presentation was written (or previewed)") },
                { kUsage, kExitUsage },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "an unknown record or claim, a record that cannot be presented, an unwritable file, or no "
                        "wallet in the folder; nothing is written") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet present --credential ID --domain jobs.example.com --format vp-json "
            "--out shared.json",
            ValueKind::None,
            &Cli::cmdPresent },
        { "whoami",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "Print your wallet ID (its did:key) and public key, for issuers."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Prints your wallet ID, the did:key that signs your presentations, and its public key as a JWK, "
                "which an issuer can bind an SD-JWT credential to (cnf.jwk). The key is made the first time it "
                "is needed."),
            {},
            { QStringLiteral("wallet"), QStringLiteral("passphrase-file"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "success") },
                { kUsage, kExitUsage },
                { kBadInput, kExitNoWallet },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet --json whoami",
            ValueKind::None,
            &Cli::cmdWhoami },
        { "history",
            "",
            QT_TRANSLATE_NOOP("ler::cli", "List what you shared, with whom and when."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Lists every presentation made: when, for whom, which records and claims, and in which format. It "
                "never holds the presentation itself or any key. --delete ID removes one entry."),
            {},
            { QStringLiteral("delete"),
                QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "success") },
                { kUsage, kExitUsage },
                { kBadInput, QT_TRANSLATE_NOOP("ler::cli", "no entry with this id, or no wallet in the folder") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet history --json",
            ValueKind::None,
            &Cli::cmdHistory },
        { "export-ler",
            "--format FORMAT --out FILE",
            QT_TRANSLATE_NOOP("ler::cli", "Write a résumé for employers: LER-RS, JSON Resume or PDF."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Writes a résumé of the records given with --credential (every record when none is given) to --out, "
                "with your name and contact from the wallet's profile (filled in the app).\n\n"
                "ler-rs is the HR Open Standards Learning and Employment Record Resume: each Open Badge 3.0 and CLR "
                "2.0 goes in unchanged so the employer's system can verify it. ler-rs-vc is the same, signed by your "
                "wallet as a verifiable credential. json-resume is JSON Resume 1.x; it cannot carry signatures, skill "
                "frameworks or evidence, and says which records lost what. pdf is a printable résumé with a QR code "
                "per credential that fits one.\n\n"
                "Your birth date, gender, ethnicity, citizenship and legal ID are left out unless named with "
                "--include. Nothing but the chosen records leaves the wallet."),
            {},
            { QStringLiteral("format"),
                QStringLiteral("credential"),
                QStringLiteral("include"),
                QStringLiteral("out"),
                QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the résumé was written") },
                { kUsage,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "usage error: no or an unknown --format, no --out, or an unknown "
                        "--include") },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "an unknown record, an unwritable file, or no wallet in the folder; nothing is written") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet export-ler --format ler-rs --out resume.json",
            ValueKind::None,
            &Cli::cmdExportLer },
        { "qr",
            "decode IMAGE|PDF...",
            QT_TRANSLATE_NOOP("ler::cli", "Read the presentation that QR code images or a PDF carry."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Reads the QR codes in images (PNG, JPEG...) and PDFs made by the wallet: VPQR codes, the parts of LER "
                "Wallet's multi-part format (in any order, repeats allowed) and codes holding a JWT or SD-JWT. Writes "
                "the presentation they carry to --out, as a file verify reads, or prints it. Codes that hold several "
                "presentations (one per credential) give FILE-1.json, FILE-2.json..."),
            { { "IMAGE", QT_TRANSLATE_NOOP("ler::cli", "A picture with one or more QR codes.") },
                { "PDF", QT_TRANSLATE_NOOP("ler::cli", "A presentation PDF made by LER Wallet.") } },
            { QStringLiteral("out"), QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the presentation was written") },
                { kUsage, QT_TRANSLATE_NOOP("ler::cli", "usage error: not decode, or no image") },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "an image without a readable code, a damaged code, parts missing or of different "
                        "presentations, or FILE cannot be written") } },
            "ler-wallet-cli qr decode part-02.png part-01.png --out presentation.json",
            ValueKind::File,
            &Cli::cmdQr,
            "decode" },
        { "backup",
            "--out FILE",
            QT_TRANSLATE_NOOP("ler::cli", "Write an encrypted backup of the whole wallet to a file."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Writes everything in the wallet to one encrypted file: every record with its original bytes, "
                "verification results, tags and collections, your own entries, your wallet's own key, the sharing "
                "history, trusted issuers, your identifiers and the settings. The file appears complete or not at "
                "all.\n\n"
                "The backup has its own passphrase, which may differ from the wallet's: it is read from "
                "--backup-passphrase-file, or else from where the wallet passphrase comes from (the same "
                "passphrase when that is --passphrase-file or LER_WALLET_PASSPHRASE; asked for twice at the "
                "terminal otherwise). It must be as hard to guess as a wallet passphrase. The file format is "
                "described in docs/backup-format.md."),
            {},
            { QStringLiteral("out"),
                QStringLiteral("backup-passphrase-file"),
                QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the backup was written") },
                { kUsage, QT_TRANSLATE_NOOP("ler::cli", "usage error: no --out") },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "no wallet in the folder, the backup passphrase is too easy to guess, a passphrase file cannot "
                        "be read, or FILE cannot be written; no file is left behind") },
                { kLocked, kExitLocked } },
            "ler-wallet-cli --wallet ~/my-wallet backup --out /media/usb/my-wallet.lerbackup",
            ValueKind::None,
            &Cli::cmdBackup },
        { "restore",
            "--in FILE [--merge]",
            QT_TRANSLATE_NOOP("ler::cli", "Restore a backup into a new wallet, or merge it into one."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Restores the backup --in FILE into a new wallet in the folder --wallet, which must not exist or be "
                "empty, with a new passphrase and a new recovery code (printed once). With --merge the backup's "
                "records are added to the wallet already in --wallet: records it has already (the same file, or the "
                "same credential in another wrapper) are not added twice, and where it has another version of a "
                "record, its own is kept.\n\n"
                "The whole backup is read and checked before anything is written: a wrong backup passphrase, a "
                "damaged or incomplete file or a backup from a newer version writes nothing. The backup passphrase "
                "comes from --backup-passphrase-file, or else from where the wallet passphrase comes from."),
            {},
            { QStringLiteral("in"),
                QStringLiteral("merge"),
                QStringLiteral("backup-passphrase-file"),
                QStringLiteral("wallet"),
                QStringLiteral("passphrase-file"),
                QStringLiteral("json") },
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "the backup was restored or merged") },
                { kUsage,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "usage error: no --in or --wallet, or the folder already holds something (without --merge)") },
                { kBadInput,
                    QT_TRANSLATE_NOOP("ler::cli",
                        "the backup is damaged, incomplete, not a backup or from a newer version, a passphrase file "
                        "cannot be read, or (--merge) no wallet in the folder; nothing is written") },
                { kLocked,
                    QT_TRANSLATE_NOOP("ler::cli", "wrong backup passphrase, or (--merge) wrong wallet passphrase") } },
            "ler-wallet-cli restore --in /media/usb/my-wallet.lerbackup --wallet ~/restored-wallet",
            ValueKind::None,
            &Cli::cmdRestore },
        { "help",
            "[COMMAND]",
            QT_TRANSLATE_NOOP("ler::cli", "Show the help of a command, or the list of commands."),
            QT_TRANSLATE_NOOP("ler::cli",
                "Shows what a command does, its arguments, options and exit codes, and an example; the same as "
                "COMMAND --help. Without a command, lists the commands."),
            { { "COMMAND", QT_TRANSLATE_NOOP("ler::cli", "The command to explain.") } },
            {},
            { { kOk, QT_TRANSLATE_NOOP("ler::cli", "success") },
                { kUsage, QT_TRANSLATE_NOOP("ler::cli", "no such command") } },
            "ler-wallet-cli help import",
            ValueKind::Command,
            &Cli::cmdHelp },
    };
    return table;
}

const char* const ProgramText::kDescription = QT_TRANSLATE_NOOP("ler::cli",
    "LER Wallet keeps your Learning and Employment Record (badges, transcripts, certificates and your own work "
    "history) in an encrypted wallet on this computer, checks that credentials are genuine, and verifies "
    "credentials and presentations others give you.");

const char* const ProgramText::kPassphrases = QT_TRANSLATE_NOOP("ler::cli",
    "The passphrase is asked for on the terminal without echo. For scripts it can come from --passphrase-file or "
    "the LER_WALLET_PASSPHRASE environment variable (less safe: other programs of the same user can read the "
    "environment). A new passphrase can also come from LER_WALLET_NEW_PASSPHRASE, a recovery code from "
    "LER_WALLET_RECOVERY_CODE.");

const QList<ExitSpec>& ProgramText::exitCodes()
{
    static const QList<ExitSpec> codes {
        { kOk, QT_TRANSLATE_NOOP("ler::cli", "success (verify: every file verified)") },
        { kCheckFailed,
            QT_TRANSLATE_NOOP("ler::cli",
                "a check or verification failed (verify: a file is not verified or only partly verified), or import "
                "rejected some input") },
        { kUsage, QT_TRANSLATE_NOOP("ler::cli", "usage error") },
        { kBadInput, QT_TRANSLATE_NOOP("ler::cli", "unreadable or invalid input") },
        { kLocked, QT_TRANSLATE_NOOP("ler::cli", "wrong passphrase or locked wallet") },
    };
    return codes;
}

const OptionSpec* findOption(const QString& longName)
{
    for (const OptionSpec& o : optionTable()) {
        if (o.longName() == longName) {
            return &o;
        }
    }
    return nullptr;
}

QList<const OptionSpec*> optionsOf(const CommandSpec& command)
{
    QList<const OptionSpec*> out;
    for (const QString& name : command.options) {
        const OptionSpec* o = findOption(name);
        Q_ASSERT_X(o, "optionsOf", "a command names an option missing from optionTable()");
        if (o) {
            out.append(o);
        }
    }
    out.append(findOption(QStringLiteral("help")));
    return out;
}

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec& c : commandTable()) {
        if (name == QLatin1String(c.name)) {
            return &c;
        }
    }
    return nullptr;
}

QList<QCommandLineOption> parserOptions()
{
    QList<QCommandLineOption> out;
    for (const OptionSpec& o : optionTable()) {
        QCommandLineOption option(o.names);
        if (o.valueName) {
            option.setValueName(QLatin1String(o.valueName));
        }
        if (o.hidden) {
            option.setFlags(QCommandLineOption::HiddenFromHelp);
        }
        out.append(option);
    }
    return out;
}

} // namespace ler::cli
