// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "app/cli/Passphrase.h"

#include "core/crypto/PassphraseStrength.h"

#include <QCoreApplication>
#include <QFile>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace ler::cli {

namespace {

// Longer lines are refused rather than cut: a passphrase is never silently shortened.
constexpr std::size_t kMaxLine = 4096;

} // namespace

Result<crypto::SecretBytes> readSecretLine(int fd)
{
    crypto::SecretBytes buffer = crypto::SecretBytes::allocate(kMaxLine);
    if (buffer.isEmpty()) {
        return Error(ErrorCode::Crypto, tx("ler::cli", "out of secure memory"));
    }
    std::size_t n = 0;
    char c = 0;
    while (::read(fd, &c, 1) == 1 && c != '\n') {
        if (n == kMaxLine) {
            c = 0;
            return Error(
                ErrorCode::LimitExceeded, tx("ler::cli", "The passphrase is longer than %1 bytes.").arg(kMaxLine));
        }
        buffer.data()[n++] = static_cast<unsigned char>(c);
    }
    c = 0;
    if (n > 0 && buffer.data()[n - 1] == '\r') {
        --n;
    }
    return crypto::SecretBytes::copyOf(buffer.view().first(qsizetype(n)));
}

Result<crypto::SecretBytes> promptHidden(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        return Error(ErrorCode::InvalidInput,
            tx("ler::cli", "No terminal to ask for the passphrase. Use --passphrase-file or LER_WALLET_PASSPHRASE."));
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
    auto line = readSecretLine(fd);
    if (isTty) {
        tcsetattr(fd, TCSAFLUSH, &old);
    }
    ::close(fd);
    return line;
}

std::optional<crypto::SecretBytes> takeFromEnvironment(const char* name)
{
    char* value = ::getenv(name);
    if (!value) {
        return std::nullopt;
    }
    const std::size_t size = std::strlen(value);
    crypto::SecretBytes secret = crypto::SecretBytes::copyOf(QByteArrayView(value, qsizetype(size)));
    crypto::wipe(value, size);
    qunsetenv(name);
    return secret;
}

Result<crypto::SecretBytes> readPassphrase(const PassphraseSource& source)
{
    if (!source.file.isEmpty()) {
        const int fd = ::open(QFile::encodeName(source.file).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            return Error(ErrorCode::Io,
                tx("ler::cli", "Could not read the passphrase file %1: %2")
                    .arg(source.file, QString::fromLocal8Bit(std::strerror(errno))));
        }
        auto pass = readSecretLine(fd);
        ::close(fd);
        if (pass && pass->isEmpty()) {
            return Error(ErrorCode::InvalidInput, tx("ler::cli", "The passphrase file %1 is empty.").arg(source.file));
        }
        return pass;
    }
    if (source.envVar) {
        if (auto fromEnv = takeFromEnvironment(source.envVar)) {
            return std::move(*fromEnv);
        }
    }
    auto first = promptHidden(source.prompt);
    if (!first || !source.confirm) {
        return first;
    }
    auto second = promptHidden(QCoreApplication::translate("ler::cli", "Type it again: "));
    if (!second) {
        return second;
    }
    if (!first->equals(*second)) {
        return Error(ErrorCode::InvalidInput, tx("ler::cli", "The two passphrases do not match."));
    }
    return first;
}

Status checkNewPassphrase(const crypto::SecretBytes& utf8)
{
    const auto strength = crypto::PassphraseStrength::estimate(utf8.view());
    if (!strength.acceptable()) {
        return Error(ErrorCode::InvalidInput, strength.refusal());
    }
    return {};
}

} // namespace ler::cli
