// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Passphrase.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ler::cli {

namespace {

QString firstLine(QByteArray bytes)
{
    const qsizetype nl = bytes.indexOf('\n');
    if (nl >= 0) {
        bytes.truncate(nl);
    }
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    const QString s = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return s;
}

} // namespace

Result<QString> promptHidden(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return Error(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "ler::cli", "No terminal to ask for the passphrase. Use --passphrase-file or LER_WALLET_PASSPHRASE."));
    }
    const QByteArray p = prompt.toLocal8Bit();
    (void)!::write(fd, p.constData(), size_t(p.size()));
    termios old {};
    const bool isTty = tcgetattr(fd, &old) == 0;
    if (isTty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        line.append(c);
    }
    if (isTty) {
        tcsetattr(fd, TCSAFLUSH, &old);
    }
    ::close(fd);
    return firstLine(line);
}

Result<QString> readPassphrase(const PassphraseSource& source)
{
    if (!source.file.isEmpty()) {
        QFile f(source.file);
        if (!f.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Io,
                QCoreApplication::translate("ler::cli", "Could not read the passphrase file %1: %2")
                    .arg(source.file, f.errorString()));
        }
        const QString pass = firstLine(f.read(64 * 1024));
        if (pass.isEmpty()) {
            return Error(ErrorCode::InvalidInput,
                QCoreApplication::translate("ler::cli", "The passphrase file %1 is empty.").arg(source.file));
        }
        return pass;
    }
    if (source.envVar && qEnvironmentVariableIsSet(source.envVar)) {
        return qEnvironmentVariable(source.envVar);
    }
    auto first = promptHidden(source.prompt);
    if (!first || !source.confirm) {
        return first;
    }
    auto second = promptHidden(QCoreApplication::translate("ler::cli", "Type it again: "));
    if (!second) {
        return second;
    }
    if (*first != *second) {
        return Error(
            ErrorCode::InvalidInput, QCoreApplication::translate("ler::cli", "The two passphrases do not match."));
    }
    return first;
}

} // namespace ler::cli
