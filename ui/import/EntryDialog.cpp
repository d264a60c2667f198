// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/import/EntryDialog.h"

#include "ui/records/RecordText.h"
#include "ui/text/Render.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace ler::ui {

EntryDialog::EntryDialog(QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_title(new QLineEdit)
    , m_organization(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_start(new QLineEdit)
    , m_end(new QLineEdit)
    , m_location(new QLineEdit)
    , m_url(new QLineEdit)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("entryDialog"));
    setWindowTitle(tr("Add your own entry"));
    setMinimumWidth(520);
    for (auto kind : { model::RecordKind::Work,
             model::RecordKind::Training,
             model::RecordKind::Education,
             model::RecordKind::License,
             model::RecordKind::Certification,
             model::RecordKind::Other }) {
        m_kind->addItem(text::kind(model::kindName(kind)), int(kind));
    }
    m_kind->setObjectName(QStringLiteral("entryKind"));
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_title->setPlaceholderText(tr("e.g. Warehouse associate"));
    m_organization->setPlaceholderText(tr("e.g. Riverside Logistics"));
    m_description->setMaximumHeight(90);
    for (QLineEdit* d : { m_start, m_end }) {
        d->setPlaceholderText(tr("2024-05-31, 2024-05 or 2024"));
    }
    m_start->setObjectName(QStringLiteral("entryStart"));
    m_end->setObjectName(QStringLiteral("entryEnd"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_error->setObjectName(QStringLiteral("entryError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    auto* note = new QLabel(tr("Entries you add yourself are marked as self-asserted wherever they appear, so "
                               "employers know no one else has vouched for them."));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Started:"), m_start);
    form->addRow(tr("&Ended:"), m_end);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Link:"), m_url);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &EntryDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QDate EntryDialog::parseDate(const QString& text, bool* ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty()) {
        return {};
    }
    for (const char* format : { "yyyy-MM-dd", "yyyy-MM", "yyyy" }) {
        const QDate d = QDate::fromString(t, QLatin1String(format));
        if (d.isValid()) {
            return d;
        }
    }
    *ok = false;
    return {};
}

formats::SelfAssertedEntry EntryDialog::entry() const
{
    formats::SelfAssertedEntry e;
    e.kind = model::RecordKind(m_kind->currentData().toInt());
    e.title = m_title->text().trimmed();
    e.organization = m_organization->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    bool ok = false;
    e.start = parseDate(m_start->text(), &ok);
    e.end = parseDate(m_end->text(), &ok);
    e.location = m_location->text().trimmed();
    e.url = m_url->text().trimmed();
    return e;
}

void EntryDialog::setEntry(const formats::SelfAssertedEntry& e)
{
    setWindowTitle(tr("Edit your entry"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(e.kind))));
    m_title->setText(e.title);
    m_organization->setText(e.organization);
    m_description->setPlainText(e.description);
    m_start->setText(e.start.isValid() ? e.start.toString(Qt::ISODate) : QString());
    m_end->setText(e.end.isValid() ? e.end.toString(Qt::ISODate) : QString());
    m_location->setText(e.location);
    m_url->setText(e.url);
}

void EntryDialog::tryAccept()
{
    bool startOk = false;
    bool endOk = false;
    parseDate(m_start->text(), &startOk);
    parseDate(m_end->text(), &endOk);
    if (!startOk || !endOk) {
        m_error->setText(tr("Write dates like 2024-05-31, 2024-05 or 2024."));
        return;
    }
    if (auto s = entry().validate(); !s) {
        m_error->setText(ler::text::render(s.error()));
        return;
    }
    accept();
}

} // namespace ler::ui
