// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
/// The main view with a 10,000-record wallet: how long the list takes to read and show, to filter, sort and
/// search as you type, and to scroll (milliseconds per page of cards painted). Run with QT_QPA_PLATFORM=offscreen.
/// Results on the project's 2-core machine are in bench/README.md.

#include "core/records/Library.h"
#include "core/session/ImportService.h"
#include "core/session/WalletSession.h"
#include "tests/support/SampleWallet.h"
#include "ui/main/MainWindow.h"
#include "ui/main/WalletPage.h"
#include "ui/records/RecordListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <optional>
#include <type_traits>

using namespace ler;

namespace {

constexpr int kRecords = 10'000;

void report(const char* what, double ms)
{
    std::printf("%-52s %10.1f ms\n", what, ms);
}

/// Runs `f` as a session task, on the worker that owns the wallet's database, and waits for it.
template <typename F> auto onWorker(session::WalletSession& session, F f)
{
    std::optional<std::invoke_result_t<F, store::Wallet&>> out;
    bool finished = false;
    QEventLoop loop;
    QObject context;
    session.runTask(
        [&out, &f](store::Wallet& wallet) -> Status {
            out.emplace(f(wallet));
            return {};
        },
        &context,
        [&](const Status&) {
            finished = true;
            loop.quit();
        });
    if (!finished) {
        loop.exec();
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    session::WalletSession session;
    session.setDirectory(dir.filePath(QStringLiteral("wallet")));
    QEventLoop loop;
    QObject::connect(&session, &session::WalletSession::created, &loop, &QEventLoop::quit);
    QObject::connect(&session, &session::WalletSession::createFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    session.create(QStringLiteral("bench passphrase"), [] { return crypto::KdfParams::cheapForTests(); });
    loop.exec();
    if (!session.wallet()) {
        std::fprintf(stderr, "the wallet could not be made\n");
        return 1;
    }

    // 10,000 badges with alignments: one signed sample with its id, name and date changed (the list does not
    // check signatures, so the copies need none).
    auto key = crypto::SigningKey::generate();
    const QString did = did::didKeyFromPublicKey(key->publicKey());
    QList<session::ImportInput> inputs;
    for (int i = 0; i < kRecords; ++i) {
        const test::SampleBadge& b = test::sampleBadges().at(i % test::sampleBadges().size());
        QJsonObject vc = test::sampleCredential(b, 0, *key, did);
        vc.insert(QStringLiteral("id"),
            QStringLiteral("urn:uuid:be9c0000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        vc.insert(QStringLiteral("name"), QStringLiteral("%1 %2").arg(QLatin1String(b.title)).arg(i));
        vc.insert(QStringLiteral("issuanceDate"),
            QDateTime(QDate(2000 + i % 26, 1 + i % 12, 1 + i % 28), QTime(12, 0), Qt::UTC).toString(Qt::ISODate));
        inputs.append(session::ImportInput::data(
            QJsonDocument(vc).toJson(QJsonDocument::Compact), QStringLiteral("bench"), QStringLiteral("b.json")));
    }
    QElapsedTimer t;
    t.start();
    auto imported = onWorker(
        session, [&inputs](store::Wallet& wallet) { return session::ImportService(wallet.database()).run(inputs); });
    if (!imported || !*imported) {
        std::fprintf(stderr, "%s\n", imported ? qPrintable(imported->error().message.untranslated()) : "locked");
        return 1;
    }
    std::printf("%d records imported in %.1f s\n", kRecords, double(t.elapsed()) / 1000);

    double readMs = 0;
    auto read = onWorker(session, [&readMs](store::Wallet& wallet) {
        QElapsedTimer worker;
        worker.start();
        auto r = ui::WalletPage::read(wallet);
        readMs = double(worker.nsecsElapsed()) / 1e6;
        return r;
    });
    report("read the listing (worker thread)", readMs);
    if (!read || !*read || (*read)->entries.size() != kRecords) {
        std::fprintf(stderr, "the listing is wrong\n");
        return 1;
    }

    ui::MainWindow window(session, [] { return crypto::KdfParams::cheapForTests(); });
    window.resize(1280, 820);
    t.restart();
    window.show();
    window.showCurrentPage();
    ui::WalletPage* page = window.walletPage();
    // The listing is read on the session's worker; the page shows once it is back.
    auto* pages = window.findChild<QStackedWidget*>();
    QElapsedTimer guard;
    guard.start();
    while (pages->currentWidget() != page && guard.elapsed() < 60000) {
        app.processEvents(QEventLoop::WaitForMoreEvents);
    }
    app.processEvents();
    report("window shown with the listing", double(t.nsecsElapsed()) / 1e6);

    ui::RecordListModel* model = page->model();
    t.restart();
    model->setEntries((*read)->entries);
    report("model rebuilt from 10,000 entries (titles made)", double(t.nsecsElapsed()) / 1e6);

    t.restart();
    for (int i = 0; i < 10; ++i) {
        page->showSection(i % 2 ? ui::WalletPage::Section::Badges : ui::WalletPage::Section::All);
    }
    report("switch section (filter and sort), each", double(t.nsecsElapsed()) / 1e6 / 10);

    t.restart();
    model->setSort(ui::RecordSort::Issuer, Qt::AscendingOrder);
    model->setSort(ui::RecordSort::DateIssued, Qt::DescendingOrder);
    report("sort by issuer, then by date, each", double(t.nsecsElapsed()) / 1e6 / 2);

    double searchMs = 0;
    auto found = onWorker(session, [&searchMs](store::Wallet& wallet) {
        QElapsedTimer worker;
        worker.start();
        auto r = records::Library(wallet.database()).search(QStringLiteral("forklift"));
        searchMs = double(worker.nsecsElapsed()) / 1e6;
        return r;
    });
    report("full-text search \"forklift\" (worker thread)", searchMs);
    std::printf("  %lld matches\n", qlonglong(found && *found ? (*found)->size() : 0));

    auto* list = window.findChild<QListView*>(QStringLiteral("recordList"));
    for (const bool timeline : { false, true }) {
        page->setTimeline(timeline);
        app.processEvents();
        QScrollBar* bar = list->verticalScrollBar();
        bar->setValue(0);
        const int steps = 200;
        t.restart();
        for (int i = 0; i < steps; ++i) {
            bar->setValue(bar->value() + list->viewport()->height());
            list->viewport()->repaint();
        }
        report(timeline ? "scroll the timeline: one page painted" : "scroll the cards: one page painted",
            double(t.nsecsElapsed()) / 1e6 / steps);
    }
    session.lock();
    return 0;
}
