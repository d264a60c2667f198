// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The commands that put credentials into the wallet and get them out again: import, list, show, search,
// export and delete.
#include "app/cli/Cli.h"
#include "core/formats/FolderScan.h"
#include "core/session/ImportFlow.h"
#include "core/session/ImportService.h"
#include "core/store/CredentialRepository.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace ler::cli {

namespace {

QString statusLabel(store::ImportStatus status)
{
    switch (status) {
    case store::ImportStatus::Imported:
        return QCoreApplication::translate("ler::cli", "imported");
    case store::ImportStatus::Duplicate:
        return QCoreApplication::translate("ler::cli", "duplicate");
    case store::ImportStatus::UpdateAvailable:
        return QCoreApplication::translate("ler::cli", "update available");
    case store::ImportStatus::Updated:
        return QCoreApplication::translate("ler::cli", "updated");
    case store::ImportStatus::Rejected:
        break;
    }
    return QCoreApplication::translate("ler::cli", "rejected");
}

QString outcomeLine(const store::ImportOutcome& o)
{
    const QString status = statusLabel(o.status).leftJustified(17);
    if (o.status == store::ImportStatus::Rejected) {
        return status + o.file + QStringLiteral(": ") + ler::text::render(o.error);
    }
    QString line = QStringLiteral("%1%2  %3  (%4, %5)")
                       .arg(status, o.id, ler::text::recordTitle(o.title, o.format, o.issuer), o.format, o.file);
    if (o.children > 0) {
        line += QLatin1Char(' ')
            + QCoreApplication::translate("ler::cli", "with %n nested credential(s)", nullptr, o.children);
    }
    const QString note = o.status == store::ImportStatus::UpdateAvailable
        ? QCoreApplication::translate("ler::cli",
            "A different version of this credential is already in your wallet; run the import again with "
            "--replace to update it.")
        : ler::text::render(o.note);
    return note.isEmpty() ? line : line + QStringLiteral("\n") + QString(17, QLatin1Char(' ')) + note;
}

QString summaryLine(const store::CredentialSummary& s)
{
    const QString issued = s.issued.left(10);
    QString line = s.parentId.isEmpty() ? QString() : QStringLiteral("  ");
    line += QStringLiteral("%1  %2  %3").arg(s.id, s.kind.leftJustified(13), ler::text::recordTitle(s));
    if (!s.issuer.isEmpty()) {
        line += QStringLiteral(" - ") + s.issuer;
    }
    if (!issued.isEmpty()) {
        line += QStringLiteral(", ") + issued;
    }
    return line + QStringLiteral("  [") + ler::text::render(s.verificationText()) + QLatin1Char(']');
}

QJsonArray toJson(const QList<store::CredentialSummary>& list)
{
    QJsonArray out;
    for (const auto& s : list) {
        QJsonObject o = s.toJson();
        o.insert(QStringLiteral("name"), ler::text::recordTitle(s)); // as shown: untitled records are named too
        out.append(o);
    }
    return out;
}

/// The inputs of `import` once folders are replaced by the files in them.
struct Expanded
{
    QList<session::ImportInput> inputs;
    QList<std::pair<QString, qsizetype>> found; ///< each folder and how many files it gave
    QList<store::ImportOutcome> problems; ///< folders that could not be searched or hold no credential file
};

Expanded expandFolders(const QStringList& args)
{
    Expanded out;
    for (const QString& arg : args) {
        if (arg == QLatin1String("-")) {
            out.inputs.append(session::ImportInput::standardInput());
            continue;
        }
        if (!QFileInfo(arg).isDir()) {
            out.inputs.append(session::ImportInput::file(arg));
            continue;
        }
        // The same search as the app's File > Import a folder.
        const auto files = formats::credentialFilesIn(arg);
        if (files && !files->isEmpty()) {
            out.found.append({ arg, files->size() });
            for (const QString& path : *files) {
                out.inputs.append(session::ImportInput::file(path));
            }
            continue;
        }
        store::ImportOutcome problem;
        problem.file = arg;
        problem.error
            = files ? tx("ler::cli", "No credential files were found in %1.").arg(arg) : files.error().message;
        problem.errorCode = errorCodeName(files ? ErrorCode::NotFound : files.error().code);
        problem.errorReason = files ? QString() : files.error().reason;
        out.problems.append(problem);
    }
    return out;
}

/// One line on standard error that says how far a long import has come; only on a terminal, where it is
/// rewritten in place and wiped at the end, so it never mixes with what scripts read.
class Progress
{
public:
    explicit Progress(bool enabled)
        : m_enabled(enabled)
    { }
    ~Progress() { clear(); }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// `format` has %1 (this one, counted from 1), %2 (all) and %3 (the file).
    void show(const QString& format, qsizetype index, qsizetype total, const QString& file)
    {
        // At most ten updates a second: a terminal is slow next to a fast import.
        if (!m_enabled || (m_shown && m_clock.isValid() && m_clock.elapsed() < 100)) {
            return;
        }
        m_clock.start();
        const QString head = format.arg(index + 1).arg(total).arg(QString());
        const int room = terminalWidth() - 1 - int(head.size());
        QString name = file;
        if (name.size() > room) {
            name = room > 3 ? QStringLiteral("...") + name.right(room - 3) : QString();
        }
        write(QStringLiteral("\r\033[K") + format.arg(index + 1).arg(total).arg(name));
        m_shown = true;
    }

    void clear()
    {
        if (m_shown) {
            write(QStringLiteral("\r\033[K"));
            m_shown = false;
        }
    }

private:
    static int terminalWidth()
    {
        winsize size {};
        return ::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20 ? size.ws_col : 80;
    }

    static void write(const QString& text)
    {
        const QByteArray bytes = text.toLocal8Bit();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }

    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_clock;
};

} // namespace

std::optional<QString> Cli::singleId(int& exitCode)
{
    if (m_args.size() != 1 || m_args.first().trimmed().isEmpty()) {
        exitCode = usage(QCoreApplication::translate("ler::cli", "Name exactly one credential id (see: list)."));
        return std::nullopt;
    }
    return m_args.first().trimmed();
}

int Cli::cmdImport()
{
    if (m_args.isEmpty()) {
        return usage(QCoreApplication::translate(
            "ler::cli", "Name one or more files or folders to import, or - for standard input."));
    }
    if (m_args.count(QStringLiteral("-")) > 1) {
        return usage(QCoreApplication::translate("ler::cli", "Standard input (-) can be named only once."));
    }
    // Folders are searched before the passphrase is asked for: a wrong path costs no unlock.
    Expanded expanded = expandFolders(m_args);
    if (!m_json) {
        for (const auto& [folder, count] : std::as_const(expanded.found)) {
            m_out << QCoreApplication::translate("ler::cli", "Credential files found in %1: %2").arg(folder).arg(count)
                  << '\n';
        }
        m_out.flush();
    }
    // Text output: files that cannot be imported are named now, and each credential's line once the commit that
    // holds it is done, so what was reported imported survives a crash or a full disk that stops the import.
    if (!m_json) {
        for (const auto& o : std::as_const(expanded.problems)) {
            m_err << outcomeLine(o) << '\n';
        }
        m_err.flush();
    }
    store::ImportReport report;
    if (!expanded.inputs.isEmpty()) {
        auto wallet = openWallet();
        if (!wallet) {
            return fail(wallet.error());
        }
        session::ImportFlowOptions options;
        options.policy
            = m_parser.isSet(QStringLiteral("replace")) ? store::UpdatePolicy::Replace : store::UpdatePolicy::Keep;
        // No fetcher: the command line imports and checks offline; `verify --all` checks again online when the
        // wallet's network setting allows it.
        Progress progress(!m_json && expanded.inputs.size() > 1 && ::isatty(STDERR_FILENO) == 1);
        const auto& inputs = expanded.inputs;
        progress.show(QCoreApplication::translate("ler::cli", "Importing %1 of %2: %3"),
            0,
            inputs.size(),
            inputs.constFirst().label);
        options.progress = [&](int done, int total) {
            if (done < total) {
                progress.show(QCoreApplication::translate("ler::cli", "Importing %1 of %2: %3"),
                    done,
                    total,
                    inputs.at(done).label);
            }
        };
        options.checking = [&](int done, int total, const QString& file) {
            if (done < total)
                progress.show(QCoreApplication::translate("ler::cli", "Checking %1 of %2: %3"), done, total, file);
        };
        if (!m_json) {
            options.committed = [&](const QList<store::ImportOutcome>& outcomes) {
                progress.clear();
                for (const auto& o : outcomes) {
                    (o.status == store::ImportStatus::Rejected ? m_err : m_out) << outcomeLine(o) << '\n';
                }
                m_err.flush();
                m_out.flush();
            };
        }
        auto result = session::importAndVerify((*wallet)->database(), inputs, options);
        if (!result) {
            progress.clear();
            return fail(result.error());
        }
        report = std::move(result).value();
        if (!m_json) {
            // Lines were printed as each commit landed; a check that could not run is told now.
            progress.clear();
            for (const auto& o : std::as_const(report.outcomes)) {
                if ((o.status == store::ImportStatus::Imported || o.status == store::ImportStatus::Updated)
                    && !o.note.isEmpty())
                    m_err << o.file << QStringLiteral(": ") << ler::text::render(o.note) << '\n';
            }
        }
        progress.clear();
    }
    report.outcomes = expanded.problems + report.outcomes;
    report.inputs += int(expanded.problems.size());
    report.inputsDone += int(expanded.problems.size());
    if (m_json) {
        QJsonArray items;
        for (const auto& o : std::as_const(report.outcomes)) {
            // The sentences in the person's language; the stable "code" stays beside them.
            QJsonObject item = o.toJson();
            if (!o.id.isEmpty())
                item.insert(QStringLiteral("name"), ler::text::recordTitle(o.title, o.format, o.issuer));
            for (const QString& key : { QStringLiteral("error"), QStringLiteral("note") }) {
                if (item.value(key).isObject() || item.value(key).isString())
                    item.insert(key, ler::text::render(Text::fromJson(item.value(key))));
            }
            items.append(item);
        }
        emitJsonArray(items);
    } else {
        m_out << ler::text::render(report.summary()) << '\n';
    }
    const int rejected = report.count(store::ImportStatus::Rejected);
    if (rejected == 0) {
        return kOk;
    }
    return rejected == report.outcomes.size() ? kBadInput : kCheckFailed;
}

int Cli::cmdList()
{
    if (!m_args.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "list takes no arguments."));
    }
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    store::CredentialRepository repo((*wallet)->database());
    auto list = repo.list();
    if (!list) {
        return fail(list.error());
    }
    if (m_json) {
        emitJsonArray(toJson(*list));
    } else if (list->isEmpty()) {
        m_out << QCoreApplication::translate("ler::cli",
            "The wallet holds no credentials yet. Add some with: "
            "ler-wallet-cli import FILE")
              << '\n';
    } else {
        for (const auto& s : *list) {
            m_out << summaryLine(s) << '\n';
        }
    }
    return kOk;
}

int Cli::cmdSearch()
{
    const QString text = m_args.join(QLatin1Char(' ')).trimmed();
    if (text.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "Give the words to search for."));
    }
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    store::CredentialRepository repo((*wallet)->database());
    auto found = repo.search(text);
    if (!found) {
        return fail(found.error());
    }
    if (m_json) {
        emitJsonArray(toJson(*found));
    } else if (found->isEmpty()) {
        m_out << QCoreApplication::translate("ler::cli", "No credential matches.") << '\n';
    } else {
        for (const auto& s : *found) {
            m_out << summaryLine(s) << '\n';
        }
    }
    return kOk;
}

int Cli::cmdShow()
{
    int code = kOk;
    const auto id = singleId(code);
    if (!id) {
        return code;
    }
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    store::CredentialRepository repo((*wallet)->database());
    auto cred = repo.get(*id);
    if (!cred) {
        return fail(cred.error());
    }
    QJsonObject doc = cred->summary.toJson();
    doc.insert(QStringLiteral("name"), ler::text::recordTitle(cred->summary));
    doc.insert(QStringLiteral("contentHash"), cred->contentHash);
    doc.insert(QStringLiteral("children"), QJsonArray::fromStringList(cred->childIds));
    doc.insert(QStringLiteral("record"), cred->record.toJson());
    if (m_json) {
        emitJson(doc);
        return kOk;
    }
    m_out
        << summaryLine(cred->summary) << '\n'
        << QCoreApplication::translate("ler::cli", "Format: %1 %2")
               .arg(cred->summary.format, cred->summary.formatVersion)
        << '\n'
        << QCoreApplication::translate("ler::cli", "Added: %1 from %2").arg(cred->summary.addedAt, cred->summary.source)
        << '\n'
        << (cred->summary.updatedAt == cred->summary.addedAt
                   ? QString()
                   : QCoreApplication::translate("ler::cli", "Updated: %1").arg(cred->summary.updatedAt)
                       + QLatin1Char('\n'))
        << QCoreApplication::translate("ler::cli", "Fingerprint (SHA-256): %1").arg(cred->contentHash) << '\n';
    for (const QString& child : std::as_const(cred->childIds)) {
        m_out << QCoreApplication::translate("ler::cli", "Nested credential: %1").arg(child) << '\n';
    }
    m_out << QJsonDocument(cred->record.toJson()).toJson(QJsonDocument::Indented);
    return kOk;
}

int Cli::cmdExport()
{
    int code = kOk;
    const auto id = singleId(code);
    if (!id) {
        return code;
    }
    const QString out = m_parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        return usage(QCoreApplication::translate("ler::cli", "Name the file to write with --out FILE."));
    }
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    store::CredentialRepository repo((*wallet)->database());
    auto bytes = repo.exportOriginal(*id);
    if (!bytes) {
        return fail(bytes.error());
    }
    QSaveFile file(out);
    // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error from its final flush (a full disk) and
    // renames the cut-off file into place; unbuffered writes report it at write().
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(*bytes) != bytes->size()
        || !file.commit()) {
        return fail({ ErrorCode::Io, tx("ler::cli", "Could not write %1 (%2).").arg(out, file.errorString()) });
    }
    if (m_json) {
        emitJson({ { QStringLiteral("id"), *id },
            { QStringLiteral("out"), out },
            { QStringLiteral("bytes"), bytes->size() },
            { QStringLiteral("sha256"),
                QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()) } });
    } else {
        m_out << QCoreApplication::translate("ler::cli", "Wrote the original (%1 bytes) to %2.")
                     .arg(bytes->size())
                     .arg(out)
              << '\n';
    }
    return kOk;
}

int Cli::cmdDelete()
{
    int code = kOk;
    const auto id = singleId(code);
    if (!id) {
        return code;
    }
    auto wallet = openWallet();
    if (!wallet) {
        return fail(wallet.error());
    }
    store::CredentialRepository repo((*wallet)->database());
    if (Status s = repo.remove(*id); !s) {
        return fail(s.error());
    }
    if (m_json) {
        emitJson({ { QStringLiteral("deleted"), *id } });
    } else {
        m_out << QCoreApplication::translate("ler::cli", "Deleted %1.").arg(*id) << '\n';
    }
    return kOk;
}

} // namespace ler::cli
