// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

/// The one place where ler-wallet-cli's commands and options are described: the parser, --help, `help COMMAND`,
/// the man page and the bash completion are all made from these tables (CommandTable.cpp). Texts are marked with
/// QT_TRANSLATE_NOOP("ler::cli", ...) and translated when shown.
namespace ler::cli {

class Cli;

/// What an option's value or a command's arguments are, for the shell completion.
enum class ValueKind
{
    None, ///< a switch, or nothing to complete
    Text, ///< free text: nothing to offer
    File,
    Folder,
    FileOrFolder,
    RecordId, ///< a credential id from `list --json` (only when the passphrase comes from the environment)
    Command, ///< a command name (help COMMAND)
};

struct OptionSpec
{
    QStringList names; ///< e.g. {"h", "help"}; the last is the long name commands refer to
    const char* valueName = nullptr; ///< "DIR", "FILE"...; nullptr for a switch
    const char* help = nullptr; ///< one sentence, translatable
    ValueKind value = ValueKind::None;
    bool common = false; ///< listed in the program's help (the options most commands share)
    bool hidden = false; ///< build-time options (man page, completion script): never shown

    QString longName() const { return names.constLast(); }
    /// "--out FILE", "-h, --help"
    QString synopsis() const;
};

/// An exit code and what it means for one command.
struct ExitSpec
{
    int code;
    const char* help; ///< translatable
};

/// A positional argument and what it means.
struct ArgumentSpec
{
    const char* name; ///< "FILE...", "ID"
    const char* help; ///< translatable
};

struct CommandSpec
{
    const char* name;
    const char* arguments; ///< after "ler-wallet-cli NAME [options] ", e.g. "FILE|FOLDER|-..." (not translated)
    const char* summary; ///< one line for the command list, translatable
    const char* description; ///< paragraphs separated by "\n\n", translatable
    QList<ArgumentSpec> argumentHelp;
    QStringList options; ///< long names of the options it takes, from optionTable(); --help is implied
    QList<ExitSpec> exitCodes;
    const char* example; ///< one command line (not translated)
    ValueKind argumentKind = ValueKind::None;
    int (Cli::*handler)() = nullptr;
    /// The word that comes before the arguments ("decode" of qr decode), offered first by the completion.
    const char* subcommand = nullptr;
};

/// Every option ler-wallet-cli knows, in the order help shows them.
const QList<OptionSpec>& optionTable();
/// The option with this long name, or nullptr.
const OptionSpec* findOption(const QString& longName);
/// The options a command takes, then --help.
QList<const OptionSpec*> optionsOf(const CommandSpec& command);
/// Every command, in the order help shows them.
const QList<CommandSpec>& commandTable();
/// The command with this name, or nullptr.
const CommandSpec* findCommand(const QString& name);
/// The options for QCommandLineParser.
QList<QCommandLineOption> parserOptions();

/// Program-wide texts (translatable): what the program is, where passphrases come from, the exit codes.
struct ProgramText
{
    static const char* const kDescription;
    static const char* const kPassphrases;
    static const QList<ExitSpec>& exitCodes();
};

} // namespace ler::cli
