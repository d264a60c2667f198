// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/session/KnownWallets.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace ler::session {

namespace {

const QString kGroup = QStringLiteral("knownWallets");
constexpr int kMaxNameLength = 100;

QString normalised(const QString& folder)
{
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

QString folderName(const QString& folder)
{
    const QString name = QFileInfo(folder).fileName();
    return name.isEmpty() ? folder : name;
}

} // namespace

KnownWallets::KnownWallets(QString file)
    : m_file(std::move(file))
{ }

QString KnownWallets::defaultFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("settings.ini"));
}

QList<KnownWallet> KnownWallets::list() const
{
    QSettings s(m_file, QSettings::IniFormat);
    QList<KnownWallet> out;
    const int n = s.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        KnownWallet w;
        w.folder = s.value(QStringLiteral("folder")).toString();
        w.name = s.value(QStringLiteral("name")).toString();
        w.lastOpened = QDateTime::fromString(s.value(QStringLiteral("lastOpened")).toString(), Qt::ISODate);
        if (!w.folder.isEmpty()) {
            if (w.name.isEmpty()) {
                w.name = folderName(w.folder);
            }
            out.append(w);
        }
    }
    s.endArray();
    std::stable_sort(out.begin(), out.end(), [](const KnownWallet& a, const KnownWallet& b) {
        return a.lastOpened.isValid() && (!b.lastOpened.isValid() || a.lastOpened > b.lastOpened);
    });
    return out;
}

std::optional<KnownWallet> KnownWallets::find(const QString& folder) const
{
    const QString key = normalised(folder);
    for (const KnownWallet& w : list()) {
        if (w.folder == key) {
            return w;
        }
    }
    return std::nullopt;
}

void KnownWallets::touch(const QString& folder, const QDateTime& when)
{
    const QString key = normalised(folder);
    QList<KnownWallet> wallets = list();
    auto it = std::find_if(wallets.begin(), wallets.end(), [&](const KnownWallet& w) { return w.folder == key; });
    if (it == wallets.end()) {
        wallets.append({ folderName(key), key, when.toUTC() });
    } else {
        it->lastOpened = when.toUTC();
    }
    save(wallets);
}

void KnownWallets::add(const QString& folder, const QString& name)
{
    const QString key = normalised(folder);
    QList<KnownWallet> wallets = list();
    if (std::none_of(wallets.cbegin(), wallets.cend(), [&](const KnownWallet& w) { return w.folder == key; })) {
        const QString clean = name.simplified().left(kMaxNameLength);
        wallets.append({ clean.isEmpty() ? folderName(key) : clean, key, {} });
        save(wallets);
    }
}

bool KnownWallets::rename(const QString& folder, const QString& name)
{
    const QString key = normalised(folder);
    QList<KnownWallet> wallets = list();
    for (KnownWallet& w : wallets) {
        if (w.folder == key) {
            const QString clean = name.simplified().left(kMaxNameLength);
            w.name = clean.isEmpty() ? folderName(key) : clean;
            save(wallets);
            return true;
        }
    }
    return false;
}

bool KnownWallets::forget(const QString& folder)
{
    const QString key = normalised(folder);
    QList<KnownWallet> wallets = list();
    const auto removed = wallets.removeIf([&](const KnownWallet& w) { return w.folder == key; });
    if (removed > 0) {
        save(wallets);
    }
    return removed > 0;
}

void KnownWallets::save(const QList<KnownWallet>& wallets)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.remove(kGroup);
    s.beginWriteArray(kGroup, int(wallets.size()));
    for (int i = 0; i < wallets.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("name"), wallets.at(i).name);
        s.setValue(QStringLiteral("folder"), wallets.at(i).folder);
        s.setValue(QStringLiteral("lastOpened"),
            wallets.at(i).lastOpened.isValid() ? wallets.at(i).lastOpened.toString(Qt::ISODate) : QString());
    }
    s.endArray();
}

} // namespace ler::session
