// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

/// What every ler-wallet-bench subcommand shares: its arguments, the one output format, timing, and the data it
/// works on (test vectors from tests/data, generated credentials, a wallet of 10,000 records).
namespace ler::bench {

/// The parsed command line after the subcommand name: --name value options and positional arguments.
struct Args
{
    QHash<QString, QString> options;
    QStringList positional;
    QString value(const QString& name, const QString& fallback = {}) const { return options.value(name, fallback); }
    bool has(const QString& name) const { return options.contains(name); }
    /// --seconds S: how long each rate is measured (default 2).
    double seconds() const;
};

/// One figure: printed as one JSON line {"name", "value", "unit", "baseline", "ratio"}, where the baseline was
/// measured in the same run and ratio = value / baseline (docs/performance.md says what each baseline is).
void emitFigure(const QString& name, double value, const QString& unit, double baseline);

/// A message on standard error (standard output carries only the JSON lines); returns 1 for `return fail(...)`.
int fail(const QString& message);
void note(const QString& message);

/// Runs op for `seconds` after three warm-up calls and returns calls per second; 0 when any call returns false.
double perSecond(const std::function<bool()>& op, double seconds);
/// Calls per second of op and of baseline, measured in alternating slices of 50 ms for `seconds` each, so a machine
/// that gets busier or quieter during the run moves both alike. 0 for one that failed.
struct Rates
{
    double value = 0;
    double baseline = 0;
};
Rates interleavedRates(const std::function<bool()>& op, const std::function<bool()>& baseline, double seconds);
/// A libsodium crypto_sign_verify_detached of a 64-byte message: the common baseline of the verify figures.
std::function<bool()> rawEd25519Verify();
/// CPU time this process has used (user + system), in seconds.
double cpuSeconds();
/// Peak resident set size of this process (VmHWM), in MiB.
double peakRssMiB();
/// Milliseconds taken by fn.
double millisecondsOf(const std::function<void()>& fn);

/// An Ed25519 issuer key made for one run: its did:key, and credentials signed with it, so that they verify
/// offline (signing is never part of a figure).
class BenchIssuer
{
public:
    BenchIssuer();
    ~BenchIssuer();
    BenchIssuer(const BenchIssuer&) = delete;
    BenchIssuer& operator=(const BenchIssuer&) = delete;

    QString did() const { return m_did; }
    /// did:key:z...#z...
    QString verificationMethod() const;
    QByteArray sign(QByteArrayView data) const;
    /// The credential with this issuer as issuer.id and a Data Integrity proof (true: eddsa-rdfc-2022, false: jcs).
    Result<QJsonObject> issue(QJsonObject credential, bool rdfc = true) const;

private:
    unsigned char* m_secret; ///< sodium_malloc'd, wiped and freed on destruction
    QString m_did;
};

/// A file under tests/data.
QByteArray testData(const QString& relative);

/// Distinct Open Badges 3.0 credentials (unsigned), varied in title, issuer and skills so search has work to do.
QByteArray syntheticCredential(int index);

/// The passphrase of every wallet the bench makes (with the cheapest key-derivation cost: it is not measured).
inline constexpr const char* kPassphrase = "bench passphrase";
/// Records in the wallet the list, search, unlock and rss figures use.
inline constexpr int kWalletRecords = 10000;

/// Creates a wallet in dir (which must not hold one) holding `count` synthetic credentials.
Status makeWallet(const QString& dir, int count);

/// The wallet given by --wallet DIR, or a new one of kWalletRecords made in a temporary folder that lives as long
/// as the returned object.
class BenchWallet
{
public:
    static Result<BenchWallet> fromArgs(const Args& args);
    QString dir() const { return m_dir; }

private:
    QString m_dir;
    std::shared_ptr<void> m_temp;
};

} // namespace ler::bench
