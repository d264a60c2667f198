// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "bench/BenchSupport.h"

#include "core/crypto/PublicKey.h"
#include "core/did/DidKey.h"
#include "core/session/ImportService.h"
#include "core/store/Wallet.h"
#include "core/verify/ProofSigner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <array>
#include <cstdio>
#include <ctime>
#include <memory>
#include <sodium.h>

namespace ler::bench {

double Args::seconds() const
{
    bool ok = false;
    const double s = value(QStringLiteral("seconds")).toDouble(&ok);
    return ok && s > 0 ? s : 2.0;
}

void emitFigure(const QString& name, double value, const QString& unit, double baseline)
{
    // Written by hand to keep the documented member order; names and units are plain ASCII.
    std::printf("{\"name\": \"%s\", \"value\": %.6g, \"unit\": \"%s\", \"baseline\": %.6g, \"ratio\": %.6g}\n",
        qPrintable(name),
        value,
        qPrintable(unit),
        baseline,
        baseline != 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "ler-wallet-bench: %s\n", qPrintable(message));
    return 1;
}

void note(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

double perSecond(const std::function<bool()>& op, double seconds)
{
    for (int i = 0; i < 3; ++i) {
        if (!op()) {
            return 0;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 limitNs = qint64(seconds * 1e9);
    qint64 count = 0;
    while (timer.nsecsElapsed() < limitNs) {
        if (!op()) {
            return 0;
        }
        ++count;
    }
    return double(count) * 1e9 / double(timer.nsecsElapsed());
}

Rates interleavedRates(const std::function<bool()>& op, const std::function<bool()>& baseline, double seconds)
{
    for (int i = 0; i < 3; ++i) {
        if (!op() || !baseline()) {
            return {};
        }
    }
    const qint64 sliceNs = 50'000'000;
    const qint64 limitNs = qint64(seconds * 1e9);
    qint64 spent[2] = { 0, 0 };
    qint64 calls[2] = { 0, 0 };
    const std::function<bool()>* ops[2] = { &op, &baseline };
    while (spent[0] < limitNs || spent[1] < limitNs) {
        for (int which = 0; which < 2; ++which) {
            QElapsedTimer timer;
            timer.start();
            do {
                if (!(*ops[which])()) {
                    return {};
                }
                ++calls[which];
            } while (timer.nsecsElapsed() < sliceNs);
            spent[which] += timer.nsecsElapsed();
        }
    }
    return { double(calls[0]) * 1e9 / double(spent[0]), double(calls[1]) * 1e9 / double(spent[1]) };
}

std::function<bool()> rawEd25519Verify()
{
    struct Fixture
    {
        std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
        std::array<unsigned char, 64> message {};
        std::array<unsigned char, crypto_sign_BYTES> signature {};
    };
    auto f = std::make_shared<Fixture>();
    std::array<unsigned char, crypto_sign_SECRETKEYBYTES> sk {};
    crypto_sign_keypair(f->pk.data(), sk.data());
    randombytes_buf(f->message.data(), f->message.size());
    crypto_sign_detached(f->signature.data(), nullptr, f->message.data(), f->message.size(), sk.data());
    sodium_memzero(sk.data(), sk.size());
    return [f] {
        return crypto_sign_verify_detached(f->signature.data(), f->message.data(), f->message.size(), f->pk.data())
            == 0;
    };
}

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return 0;
}

double millisecondsOf(const std::function<void()>& fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return double(timer.nsecsElapsed()) / 1e6;
}

BenchIssuer::BenchIssuer()
    : m_secret(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES)))
{
    std::array<unsigned char, crypto_sign_PUBLICKEYBYTES> pk {};
    crypto_sign_keypair(pk.data(), m_secret);
    m_did = did::didKeyFromPublicKey(
        crypto::PublicKey::fromEd25519(QByteArrayView(reinterpret_cast<const char*>(pk.data()), pk.size())).value());
}

BenchIssuer::~BenchIssuer()
{
    sodium_free(m_secret);
}

QString BenchIssuer::verificationMethod() const
{
    return m_did + QLatin1Char('#') + m_did.mid(8);
}

QByteArray BenchIssuer::sign(QByteArrayView data) const
{
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()),
        nullptr,
        reinterpret_cast<const unsigned char*>(data.data()),
        data.size(),
        m_secret);
    return sig;
}

Result<QJsonObject> BenchIssuer::issue(QJsonObject credential, bool rdfc) const
{
    QJsonObject issuer = credential.value(QLatin1String("issuer")).toObject();
    issuer.insert(QStringLiteral("id"), m_did);
    credential.insert(QStringLiteral("issuer"), issuer);
    credential.remove(QStringLiteral("proof"));
    verify::ProofOptions options;
    options.suite = rdfc ? verify::ProofSuite::EddsaRdfc2022 : verify::ProofSuite::EddsaJcs2022;
    options.verificationMethod = verificationMethod();
    return verify::addProof(
        credential, options, [this](QByteArrayView data) -> Result<QByteArray> { return sign(data); });
}

QByteArray testData(const QString& relative)
{
    QFile f(QStringLiteral(LER_BENCH_DATA "/") + relative);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray syntheticCredential(int index)
{
    static const QStringList skills { QStringLiteral("Teamwork"),
        QStringLiteral("Leadership"),
        QStringLiteral("Python"),
        QStringLiteral("Welding"),
        QStringLiteral("Nursing"),
        QStringLiteral("Accounting"),
        QStringLiteral("Carpentry"),
        QStringLiteral("Spanish"),
        QStringLiteral("Forklift"),
        QStringLiteral("Safety"),
        QStringLiteral("Statistics"),
        QStringLiteral("Customer Service"),
        QStringLiteral("Electrical"),
        QStringLiteral("Plumbing"),
        QStringLiteral("Cybersecurity"),
        QStringLiteral("Logistics") };
    static const QStringList issuers { QStringLiteral("Example Community College"),
        QStringLiteral("Northside Workforce Center"),
        QStringLiteral("Riverside Technical Institute"),
        QStringLiteral("Acme Apprenticeships"),
        QStringLiteral("State University"),
        QStringLiteral("Harbor Health Academy"),
        QStringLiteral("Metro Trades Union") };
    static const QStringList levels { QStringLiteral("Foundations"),
        QStringLiteral("Intermediate"),
        QStringLiteral("Advanced"),
        QStringLiteral("Capstone"),
        QStringLiteral("Certificate") };
    const QString skill = skills.at(index % skills.size());
    const QString level = levels.at((index / skills.size()) % levels.size());
    const QString issuer = issuers.at((index / 3) % issuers.size());
    const QString title = QStringLiteral("%1 %2 %3").arg(skill, level).arg(index);

    QJsonObject credential
        = QJsonDocument::fromJson(testData(QStringLiteral("formats/openbadges3/valid/simple.json"))).object();
    credential.remove(QStringLiteral("proof"));
    credential.insert(QStringLiteral("id"),
        QStringLiteral("urn:uuid:6f1c0000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0')));
    credential.insert(QStringLiteral("name"), title);
    credential.insert(QStringLiteral("validFrom"),
        QStringLiteral("20%1-0%2-1%3T00:00:00Z").arg(10 + index % 15).arg(1 + index % 9).arg(index % 10));
    QJsonObject issuerObject = credential.value(QLatin1String("issuer")).toObject();
    issuerObject.insert(QStringLiteral("name"), issuer);
    issuerObject.insert(QStringLiteral("id"), QStringLiteral("https://issuers.example/%1").arg((index / 3) % 7));
    credential.insert(QStringLiteral("issuer"), issuerObject);
    QJsonObject subject = credential.value(QLatin1String("credentialSubject")).toObject();
    QJsonObject achievement = subject.value(QLatin1String("achievement")).toObject();
    achievement.insert(QStringLiteral("name"), title);
    achievement.insert(QStringLiteral("id"), QStringLiteral("https://issuers.example/achievements/%1").arg(index));
    achievement.insert(QStringLiteral("description"),
        QStringLiteral("Shows %1 at the %2 level, assessed by %3 instructors.").arg(skill.toLower(), level, issuer));
    achievement.insert(QStringLiteral("tag"), QJsonArray { skill, level });
    subject.insert(QStringLiteral("achievement"), achievement);
    credential.insert(QStringLiteral("credentialSubject"), subject);
    return QJsonDocument(credential).toJson(QJsonDocument::Compact);
}

Status makeWallet(const QString& dir, int count)
{
    auto created = store::Wallet::create(dir, kPassphrase, crypto::KdfParams::cheapForTests());
    if (!created) {
        return created.error();
    }
    QList<session::ImportInput> inputs;
    inputs.reserve(count);
    for (int i = 0; i < count; ++i) {
        inputs.append(session::ImportInput::data(
            syntheticCredential(i), QStringLiteral("bench"), QStringLiteral("badge-%1.json").arg(i)));
    }
    session::ImportService service(created->wallet->database());
    store::ImportManyOptions options;
    options.commitEvery = 1000;
    auto report = service.run(inputs, options);
    if (!report) {
        return report.error();
    }
    if (report->count(store::ImportStatus::Imported) != count) {
        return Error(ErrorCode::Internal,
            Text::verbatim(
                QStringLiteral("the synthetic credentials did not all import: ") + report->summary().untranslated()));
    }
    return {};
}

Result<BenchWallet> BenchWallet::fromArgs(const Args& args)
{
    BenchWallet w;
    if (args.has(QStringLiteral("wallet"))) {
        w.m_dir = args.value(QStringLiteral("wallet"));
        if (!store::Wallet::existsAt(w.m_dir)) {
            return Error(ErrorCode::NotFound,
                Text::verbatim(QStringLiteral("no wallet in %1 (make one with: make-wallet DIR)").arg(w.m_dir)));
        }
        return w;
    }
    auto temp = std::make_shared<QTemporaryDir>();
    w.m_dir = temp->filePath(QStringLiteral("wallet"));
    w.m_temp = temp;
    note(QStringLiteral("making a wallet of %1 records (not measured)...").arg(kWalletRecords));
    if (auto s = makeWallet(w.m_dir, kWalletRecords); !s) {
        return s.error();
    }
    return w;
}

} // namespace ler::bench
