// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/import/ImportResultDialog.h"

#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ler::ui {

QString ImportResultDialog::statusText(store::ImportStatus status)
{
    switch (status) {
    case store::ImportStatus::Imported:
        return tr("Imported");
    case store::ImportStatus::Duplicate:
        return tr("Already in your wallet");
    case store::ImportStatus::UpdateAvailable:
        return tr("Newer version");
    case store::ImportStatus::Updated:
        return tr("Updated");
    case store::ImportStatus::Rejected:
        return tr("Not imported");
    }
    return {};
}

ImportResultDialog::ImportResultDialog(const store::ImportReport& report, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importResultDialog"));
    setWindowTitle(tr("Import finished"));
    resize(760, 420);
    auto* summary = new QLabel(ler::text::render(report.summary()));
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);

    auto* list = new QTreeWidget;
    list->setObjectName(QStringLiteral("importOutcomes"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({ tr("Result"), tr("What"), tr("Details") });
    list->setWordWrap(true);
    bool updates = false;
    for (const store::ImportOutcome& o : report.outcomes) {
        // An input that could not be read has no format, and is named by its file.
        const QString what = o.title.isEmpty() && o.format.isEmpty()
            ? QFileInfo(o.file).fileName()
            : ler::text::recordTitle(o.title, o.format, o.issuer);
        QString details = ler::text::render(o.status == store::ImportStatus::Rejected ? o.error : o.note);
        if (o.children > 0) {
            details = tr("With %n credential(s) inside.", nullptr, o.children) + QLatin1Char(' ') + details;
        }
        auto* item = new QTreeWidgetItem(list, { statusText(o.status), what, details.trimmed() });
        item->setToolTip(1, o.file);
        item->setToolTip(2, details);
        if (o.status == store::ImportStatus::Rejected) {
            item->setForeground(0, QColor(0xb0, 0x00, 0x20));
        }
        updates |= o.status == store::ImportStatus::UpdateAvailable;
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    list->setColumnWidth(1, 260);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (updates) {
        QPushButton* update = buttons->addButton(tr("Use the newer versions"), QDialogButtonBox::ActionRole);
        update->setObjectName(QStringLiteral("useNewerVersions"));
        connect(update, &QPushButton::clicked, this, [this] { done(UpdateRequested); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list);
    layout->addWidget(buttons);
}

} // namespace ler::ui
