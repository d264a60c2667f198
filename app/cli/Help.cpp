// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Help.h"

#include "core/formats/FolderScan.h"
#include "core/store/Wallet.h"

#include <QCoreApplication>
#include <QDir>

namespace ler::cli::help {

namespace {

constexpr int kWidth = 79;
constexpr int kMaxTermColumn = 24;

enum class Target
{
    Terminal,
    Manual
};

QString tr(const char* text)
{
    return QCoreApplication::translate("ler::cli", text);
}

/// Texts with a %1 get it filled here: the default wallet folder, the file names a folder import takes.
QString optionText(const OptionSpec& o, Target target)
{
    const QString text = tr(o.help);
    if (!text.contains(QLatin1String("%1"))) {
        return text;
    }
    // The man page is built on another machine than the one it is read on: it names the usual place.
    return text.arg(target == Target::Terminal ? QDir::toNativeSeparators(store::Wallet::defaultLocation())
                                               : QStringLiteral("~/.local/share/ler-wallet/wallets/default"));
}

QString argumentText(const ArgumentSpec& a)
{
    const QString text = tr(a.help);
    if (!text.contains(QLatin1String("%1"))) {
        return text;
    }
    QStringList patterns;
    for (const QString& suffix : formats::credentialFileSuffixes()) {
        patterns.append(QStringLiteral("*.") + suffix);
    }
    return text.arg(patterns.join(QStringLiteral(", ")));
}

QString usageLine(const CommandSpec& c)
{
    QString line = QStringLiteral("ler-wallet-cli ") + QLatin1String(c.name) + QStringLiteral(" [options]");
    if (*c.arguments) {
        line += QLatin1Char(' ') + QLatin1String(c.arguments);
    }
    return line;
}

/// Fills words into lines of at most kWidth columns. The first line is written from column `start` (the caller
/// has written what comes before it), the others start with `indent` spaces.
QString wrap(const QString& text, int start, int indent)
{
    QString out;
    int column = start;
    bool lineEmpty = true;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"));
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        if (p > 0) {
            out += QStringLiteral("\n\n") + QString(indent, QLatin1Char(' '));
            column = indent;
            lineEmpty = true;
        }
        for (const QString& word : paragraphs.at(p).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lineEmpty && column + 1 + word.size() > kWidth) {
                out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
                column = indent;
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out += QLatin1Char(' ');
                ++column;
            }
            out += word;
            column += int(word.size());
            lineEmpty = false;
        }
    }
    return out + QLatin1Char('\n');
}

/// Two columns: a term (option, argument, command, exit code) and its text.
QString columns(const QList<std::pair<QString, QString>>& rows)
{
    int termWidth = 0;
    for (const auto& [term, text] : rows) {
        if (term.size() <= kMaxTermColumn) {
            termWidth = std::max(termWidth, int(term.size()));
        }
    }
    const int indent = 2 + termWidth + 2;
    QString out;
    for (const auto& [term, text] : rows) {
        if (term.size() > termWidth) {
            out += QStringLiteral("  ") + term + QLatin1Char('\n') + QString(indent, QLatin1Char(' '))
                + wrap(text, indent, indent);
        } else {
            out += QStringLiteral("  ") + term.leftJustified(termWidth) + QStringLiteral("  ")
                + wrap(text, indent, indent);
        }
    }
    return out;
}

QList<std::pair<QString, QString>> exitRows(const QList<ExitSpec>& codes)
{
    QList<std::pair<QString, QString>> rows;
    for (const ExitSpec& e : codes) {
        rows.append({ QString::number(e.code), tr(e.help) });
    }
    return rows;
}

// roff: a backslash is written \e; every hyphen \- so that options and command lines can be searched and copied.
QString roff(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\e"));
    text.replace(QLatin1Char('-'), QStringLiteral("\\-"));
    return text;
}

/// Text lines of a paragraph: a line that starts with a dot or quote would be read as a request.
QString roffText(const QString& text)
{
    QString out;
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"))) {
        if (!out.isEmpty()) {
            out += QStringLiteral(".PP\n");
        }
        QString line = roff(paragraph.simplified());
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\''))) {
            line.prepend(QStringLiteral("\\&"));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString roffOption(const OptionSpec& o)
{
    QStringList forms;
    for (const QString& n : o.names) {
        forms.append(QStringLiteral("\\fB") + roff((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n)
            + QStringLiteral("\\fR"));
    }
    QString term = forms.join(QStringLiteral(", "));
    if (o.valueName) {
        term += QStringLiteral(" \\fI") + QLatin1String(o.valueName) + QStringLiteral("\\fR");
    }
    return QStringLiteral(".TP\n") + term + QLatin1Char('\n') + roffText(optionText(o, Target::Manual));
}

QString roffExitCodes(const QList<ExitSpec>& codes)
{
    QString out;
    for (const ExitSpec& e : codes) {
        out += QStringLiteral(".TP\n.B %1\n").arg(e.code) + roffText(tr(e.help));
    }
    return out;
}

QString kindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::File:
        return QStringLiteral("file");
    case ValueKind::Folder:
        return QStringLiteral("folder");
    case ValueKind::FileOrFolder:
        return QStringLiteral("file-or-folder");
    case ValueKind::RecordId:
        return QStringLiteral("record-id");
    case ValueKind::Command:
        return QStringLiteral("command");
    case ValueKind::Text:
        return QStringLiteral("text");
    case ValueKind::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace

QString programHelp()
{
    QString out = tr(QT_TRANSLATE_NOOP("ler::cli", "Usage: %1"))
                      .arg(QStringLiteral("ler-wallet-cli [options] COMMAND [arguments]"))
        + QStringLiteral("\n\n") + wrap(tr(ProgramText::kDescription), 0, 0) + QLatin1Char('\n')
        + tr(QT_TRANSLATE_NOOP("ler::cli", "Commands:")) + QLatin1Char('\n');
    QList<std::pair<QString, QString>> rows;
    for (const CommandSpec& c : commandTable()) {
        rows.append({ QLatin1String(c.name), tr(c.summary) });
    }
    out += columns(rows) + QLatin1Char('\n') + tr(QT_TRANSLATE_NOOP("ler::cli", "Options:")) + QLatin1Char('\n');
    rows.clear();
    for (const OptionSpec& o : optionTable()) {
        if (o.common && !o.hidden) {
            rows.append({ o.synopsis(), optionText(o, Target::Terminal) });
        }
    }
    out += columns(rows) + QLatin1Char('\n')
        + wrap(tr(QT_TRANSLATE_NOOP("ler::cli",
                   "Run ler-wallet-cli help COMMAND (or ler-wallet-cli COMMAND --help) for what a command does, its "
                   "arguments, options and exit codes, and an example.")),
            0,
            0)
        + QLatin1Char('\n') + wrap(tr(ProgramText::kPassphrases), 0, 0) + QLatin1Char('\n')
        + tr(QT_TRANSLATE_NOOP("ler::cli", "Exit codes:")) + QLatin1Char('\n')
        + columns(exitRows(ProgramText::exitCodes()));
    return out;
}

QString commandHelp(const CommandSpec& c)
{
    QString out = tr(QT_TRANSLATE_NOOP("ler::cli", "Usage: %1")).arg(usageLine(c)) + QStringLiteral("\n\n")
        + wrap(tr(c.description), 0, 0);
    QList<std::pair<QString, QString>> rows;
    if (!c.argumentHelp.isEmpty()) {
        for (const ArgumentSpec& a : c.argumentHelp) {
            rows.append({ QLatin1String(a.name), argumentText(a) });
        }
        out += QLatin1Char('\n') + tr(QT_TRANSLATE_NOOP("ler::cli", "Arguments:")) + QLatin1Char('\n') + columns(rows);
    }
    rows.clear();
    for (const OptionSpec* o : optionsOf(c)) {
        rows.append({ o->synopsis(), optionText(*o, Target::Terminal) });
    }
    out += QLatin1Char('\n') + tr(QT_TRANSLATE_NOOP("ler::cli", "Options:")) + QLatin1Char('\n') + columns(rows)
        + QLatin1Char('\n') + tr(QT_TRANSLATE_NOOP("ler::cli", "Exit codes:")) + QLatin1Char('\n')
        + columns(exitRows(c.exitCodes)) + QLatin1Char('\n') + tr(QT_TRANSLATE_NOOP("ler::cli", "Example:"))
        + QStringLiteral("\n  ") + QLatin1String(c.example) + QLatin1Char('\n');
    return out;
}

QString manPage(const QString& version)
{
    QString out = QStringLiteral(".TH LER\\-WALLET\\-CLI 1 \"\" \"LER Wallet %1\" \"User Commands\"\n").arg(version)
        + QStringLiteral(".nh\n") + QStringLiteral(".SH NAME\nler\\-wallet\\-cli \\- ")
        + roff(tr(
            QT_TRANSLATE_NOOP("ler::cli", "keep and verify a Learning and Employment Record in an encrypted wallet")))
        + QStringLiteral("\n.SH SYNOPSIS\n.B ler\\-wallet\\-cli\n[\\fIoptions\\fR] \\fICOMMAND\\fR "
                         "[\\fIarguments\\fR]\n.br\n.B ler\\-wallet\\-cli help\n[\\fICOMMAND\\fR]\n")
        + QStringLiteral(".SH DESCRIPTION\n") + roffText(tr(ProgramText::kDescription)) + QStringLiteral(".PP\n")
        + roffText(tr(ProgramText::kPassphrases)) + QStringLiteral(".SH COMMANDS\n");
    for (const CommandSpec& c : commandTable()) {
        out += QStringLiteral(".SS \"") + roff(usageLine(c).mid(int(qstrlen("ler-wallet-cli "))))
            + QStringLiteral("\"\n") + roffText(tr(c.description));
        if (!c.argumentHelp.isEmpty()) {
            out += QStringLiteral(".PP\n.B ") + roff(tr(QT_TRANSLATE_NOOP("ler::cli", "Arguments:")))
                + QLatin1Char('\n');
            for (const ArgumentSpec& a : c.argumentHelp) {
                out += QStringLiteral(".TP\n.I ") + roff(QLatin1String(a.name)) + QLatin1Char('\n')
                    + roffText(argumentText(a));
            }
        }
        out += QStringLiteral(".PP\n.B ") + roff(tr(QT_TRANSLATE_NOOP("ler::cli", "Options:"))) + QLatin1Char('\n');
        for (const OptionSpec* o : optionsOf(c)) {
            out += roffOption(*o);
        }
        out += QStringLiteral(".PP\n.B ") + roff(tr(QT_TRANSLATE_NOOP("ler::cli", "Exit codes:"))) + QLatin1Char('\n')
            + roffExitCodes(c.exitCodes) + QStringLiteral(".PP\n.B ")
            + roff(tr(QT_TRANSLATE_NOOP("ler::cli", "Example:"))) + QStringLiteral("\n.PP\n.RS\n.nf\n")
            + roff(QLatin1String(c.example)) + QStringLiteral("\n.fi\n.RE\n");
    }
    out += QStringLiteral(".SH OPTIONS\n");
    for (const OptionSpec& o : optionTable()) {
        if (o.common && !o.hidden) {
            out += roffOption(o);
        }
    }
    out += QStringLiteral(".SH EXIT STATUS\n") + roffExitCodes(ProgramText::exitCodes());
    return out;
}

QString bashCompletion()
{
    // The data comes from the tables; the logic below it is fixed.
    QStringList commands;
    QString optionCases;
    QString argumentCases;
    for (const CommandSpec& c : commandTable()) {
        commands.append(QLatin1String(c.name));
        QStringList names;
        for (const OptionSpec* o : optionsOf(c)) {
            names.append(QStringLiteral("--") + o->longName());
        }
        optionCases
            += QStringLiteral("    %1) echo '%2' ;;\n").arg(QLatin1String(c.name), names.join(QLatin1Char(' ')));
        const QString kind = c.subcommand
            ? QStringLiteral("sub:%1:%2").arg(QLatin1String(c.subcommand), kindName(c.argumentKind))
            : kindName(c.argumentKind);
        argumentCases += QStringLiteral("    %1) echo %2 ;;\n").arg(QLatin1String(c.name), kind);
    }
    QStringList common;
    QString valueCases;
    for (const OptionSpec& o : optionTable()) {
        if (o.hidden) {
            continue;
        }
        if (o.common) {
            common.append(QStringLiteral("--") + o.longName());
        }
        if (o.valueName) {
            valueCases += QStringLiteral("    --%1) echo %2 ;;\n").arg(o.longName(), kindName(o.value));
        }
    }
    QString script
        = QStringLiteral("# bash completion for ler-wallet-cli, made by the program from its own command table.\n"
                         "# Credential ids are offered only when the passphrase comes from LER_WALLET_PASSPHRASE or\n"
                         "# --passphrase-file: completing never asks for a passphrase.\n\n"
                         "_ler_wallet_cli_commands='%1'\n"
                         "_ler_wallet_cli_common='%2'\n\n"
                         "_ler_wallet_cli_options_of()\n{\n    case $1 in\n%3    esac\n}\n\n"
                         "_ler_wallet_cli_arguments_of()\n{\n    case $1 in\n%4    *) echo none ;;\n    esac\n}\n\n"
                         "_ler_wallet_cli_value_of()\n{\n    case $1 in\n%5    *) echo none ;;\n    esac\n}\n\n")
              .arg(commands.join(QLatin1Char(' ')),
                  common.join(QLatin1Char(' ')),
                  optionCases,
                  argumentCases,
                  valueCases);
    script += QStringLiteral(R"BASH(_ler_wallet_cli_ids()
{
    local program=$1 wallet=$2 passfile=$3
    local -a args=()
    [[ -n $wallet ]] && args+=(--wallet "$wallet")
    if [[ -n $passfile ]]; then
        args+=(--passphrase-file "$passfile")
    elif [[ -z ${LER_WALLET_PASSPHRASE+set} ]]; then
        return 0
    fi
    "$program" "${args[@]}" --json list </dev/null 2>/dev/null |
        sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p'
}

_ler_wallet_cli()
{
    local cur prev words cword split
    _init_completion -s || return

    local i word name command="" wallet="" passfile="" arguments=0
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        if [[ $word != -?* ]]; then
            if [[ -z $command ]]; then
                command=$word
            else
                arguments=$((arguments + 1))
            fi
            continue
        fi
        name=${word#-}
        name=--${name#-}
        if [[ $name == *=* ]]; then
            case ${name%%=*} in
                --wallet) wallet=${name#*=} ;;
                --passphrase-file) passfile=${name#*=} ;;
            esac
        elif [[ $(_ler_wallet_cli_value_of "$name") != none ]]; then
            case $name in
                --wallet) wallet=${words[i + 1]} ;;
                --passphrase-file) passfile=${words[i + 1]} ;;
            esac
            ((i++))
        fi
    done
    wallet=${wallet/#\~/$HOME}
    passfile=${passfile/#\~/$HOME}

    if [[ $prev == -?* ]]; then
        name=${prev#-}
        name=--${name#-}
        case $(_ler_wallet_cli_value_of "$name") in
            folder) _filedir -d; return ;;
            file) _filedir; return ;;
            text) return ;;
        esac
    fi
    $split && return

    if [[ $cur == -* ]]; then
        local options=$_ler_wallet_cli_common
        [[ -n $command ]] && options=$(_ler_wallet_cli_options_of "$command")
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    if [[ -z $command ]]; then
        COMPREPLY=($(compgen -W "$_ler_wallet_cli_commands" -- "$cur"))
        return
    fi
    local kind
    kind=$(_ler_wallet_cli_arguments_of "$command")
    if [[ $kind == sub:* ]]; then
        kind=${kind#sub:}
        if ((arguments == 0)); then
            COMPREPLY=($(compgen -W "${kind%%:*}" -- "$cur"))
            return
        fi
        kind=${kind#*:}
    fi
    case $kind in
        file | file-or-folder) _filedir ;;
        folder) _filedir -d ;;
        command)
            ((arguments == 0)) && COMPREPLY=($(compgen -W "$_ler_wallet_cli_commands" -- "$cur"))
            ;;
        record-id)
            ((arguments == 0)) &&
                COMPREPLY=($(compgen -W "$(_ler_wallet_cli_ids "${words[0]}" "$wallet" "$passfile")" -- "$cur"))
            ;;
    esac
}
complete -F _ler_wallet_cli ler-wallet-cli
)BASH");
    return script;
}

} // namespace ler::cli::help
