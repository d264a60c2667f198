// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/present/SharingHistoryView.h"

#include "core/session/WalletSession.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ler::ui {

namespace {

enum Column
{
    When,
    Recipient,
    What,
    Records,
    Columns
};

QString outputText(const QString& format)
{
    if (format == QLatin1String("vp-json"))
        return QCoreApplication::translate("ler::ui::SharingHistoryView", "Presentation file (JSON)");
    if (format == QLatin1String("vp-jwt"))
        return QCoreApplication::translate("ler::ui::SharingHistoryView", "Presentation file (JWT)");
    if (format == QLatin1String("sd-jwt"))
        return QCoreApplication::translate("ler::ui::SharingHistoryView", "SD-JWT file");
    if (format == QLatin1String("pdf"))
        return QCoreApplication::translate("ler::ui::SharingHistoryView", "PDF with QR codes");
    if (format == QLatin1String("qr"))
        return QCoreApplication::translate("ler::ui::SharingHistoryView", "QR codes on screen");
    if (format.startsWith(QLatin1String("qr-")))
        return QCoreApplication::translate("ler::ui::SharingHistoryView", "QR code files (%1)").arg(format.mid(3));
    return format;
}

} // namespace

SharingHistoryView::SharingHistoryView(session::WalletSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, Columns))
    , m_status(new QLabel)
    , m_delete(new QPushButton(tr("&Delete entry...")))
{
    setObjectName(QStringLiteral("sharingHistoryView"));
    m_table->setObjectName(QStringLiteral("sharingHistoryTable"));
    m_table->setHorizontalHeaderLabels({ tr("When"), tr("For"), tr("Shared as"), tr("Records and claims") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Records, QHeaderView::Stretch);
    m_delete->setObjectName(QStringLiteral("deleteHistoryEntry"));
    m_delete->setEnabled(false);
    m_status->setWordWrap(true);
    auto* intro = new QLabel(tr("Every presentation you made: when, for whom and what it showed. The presentations "
                                "themselves are not kept. Deleting an entry does not take back what was shared."));
    intro->setWordWrap(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_delete->setEnabled(selectedId() > 0); });
    connect(m_delete, &QPushButton::clicked, this, [this] { remove(selectedId()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_delete);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void SharingHistoryView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void SharingHistoryView::reload()
{
    auto entries = std::make_shared<QList<present::HistoryEntry>>();
    m_session.runTask(
        [entries](store::Wallet& wallet) -> Status {
            auto list = present::SharingHistory(wallet.database()).list();
            if (!list)
                return list.error();
            *entries = *list;
            return {};
        },
        this,
        [this, entries](const Status& status) {
            if (!status) {
                clear();
                m_status->setText(ler::text::render(status.error()));
            } else {
                showEntries(*entries);
            }
            Q_EMIT loaded();
        });
}

void SharingHistoryView::clear()
{
    m_table->setRowCount(0);
    m_status->clear();
}

void SharingHistoryView::showEntries(const QList<present::HistoryEntry>& entries)
{
    m_table->setRowCount(0);
    for (const present::HistoryEntry& e : entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList records;
        for (const present::SharedRecord& r : e.records) {
            const QString title = ler::text::recordTitle(r.title, r.format, r.issuer);
            records.append(
                r.claims.isEmpty() ? title : tr("%1 (only %2)").arg(title, r.claims.join(QStringLiteral(", "))));
        }
        auto* when = new QTableWidgetItem(QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat));
        when->setData(Qt::UserRole, e.id);
        m_table->setItem(row, When, when);
        m_table->setItem(
            row, Recipient, new QTableWidgetItem(e.recipient.isEmpty() ? tr("no one named") : e.recipient));
        m_table->setItem(row, What, new QTableWidgetItem(outputText(e.format)));
        m_table->setItem(row, Records, new QTableWidgetItem(records.join(QStringLiteral("; "))));
    }
    m_table->resizeColumnToContents(When);
    m_table->resizeColumnToContents(Recipient);
    m_table->resizeColumnToContents(What);
    m_table->resizeRowsToContents();
    m_status->setText(entries.isEmpty() ? tr("You have not shared anything yet.") : QString());
}

QList<qint64> SharingHistoryView::entryIds() const
{
    QList<qint64> out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append(m_table->item(r, When)->data(Qt::UserRole).toLongLong());
    return out;
}

qint64 SharingHistoryView::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows(When);
    return rows.isEmpty() ? 0 : rows.constFirst().data(Qt::UserRole).toLongLong();
}

void SharingHistoryView::remove(qint64 id, bool confirm)
{
    if (id <= 0)
        return;
    if (confirm
        && QMessageBox::question(this,
               tr("Delete entry"),
               tr("Delete this entry from your sharing history? What was shared stays shared."))
            != QMessageBox::Yes)
        return;
    m_session.runTask([id](store::Wallet& wallet) { return present::SharingHistory(wallet.database()).remove(id); },
        this,
        [this, id](const Status& status) {
            if (!status)
                m_status->setText(ler::text::render(status.error()));
            Q_EMIT removed(id, status.ok());
            reload();
        });
}

} // namespace ler::ui
