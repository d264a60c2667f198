// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/export/ExportDialog.h"

#include "core/session/WalletSession.h"
#include "media/ResumePdf.h"
#include "ui/records/RecordText.h"
#include "ui/text/RecordTitle.h"
#include "ui/text/Render.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QVBoxLayout>
#include <memory>

namespace ler::ui {

namespace {

QString omissionWords(exports::Omission::What what)
{
    switch (what) {
    case exports::Omission::What::Proof:
        return QCoreApplication::translate("ler::ui::ExportDialog", "the issuer's signature");
    case exports::Omission::What::Original:
        return QCoreApplication::translate("ler::ui::ExportDialog", "the credential itself");
    case exports::Omission::What::Alignments:
        return QCoreApplication::translate("ler::ui::ExportDialog", "the frameworks of its skills");
    case exports::Omission::What::Evidence:
        return QCoreApplication::translate("ler::ui::ExportDialog", "its evidence");
    case exports::Omission::What::Courses:
        return QCoreApplication::translate("ler::ui::ExportDialog", "its courses");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(session::WalletSession& session,
    const QList<records::Entry>& entries,
    const QStringList& preselected,
    QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_records(new QListWidget)
    , m_given(new QLineEdit)
    , m_family(new QLineEdit)
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_location(new QLineEdit)
    , m_headline(new QLineEdit)
    , m_summary(new QPlainTextEdit)
    , m_note(new QLabel)
    , m_error(new QLabel)
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Make a résumé"));

    auto* formatBox = new QGroupBox(tr("Format"));
    auto* formatLayout = new QVBoxLayout(formatBox);
    const QList<std::tuple<exports::ResumeFormat, QString, QString>> formats {
        { exports::ResumeFormat::LerRs,
            tr("&LER-RS (HR Open Standards), for employers' systems"),
            QStringLiteral("formatLerRs") },
        { exports::ResumeFormat::LerRsCredential,
            tr("LER-RS &signed by your wallet"),
            QStringLiteral("formatLerRsVc") },
        { exports::ResumeFormat::JsonResume, tr("&JSON Resume"), QStringLiteral("formatJsonResume") },
        { exports::ResumeFormat::Pdf,
            tr("&PDF to print or send, with a QR code to check each credential"),
            QStringLiteral("formatPdf") },
    };
    for (const auto& [f, label, name] : formats) {
        auto* b = new QRadioButton(label);
        b->setObjectName(name);
        m_formats.insert(f, b);
        formatLayout->addWidget(b);
        connect(b, &QRadioButton::toggled, this, [this] {
            const bool json = format() == exports::ResumeFormat::JsonResume;
            m_note->setText(json ? tr("JSON Resume has no place for the issuers' signatures, the frameworks of skills "
                                      "or evidence: the file says what you did, but an employer cannot check it.")
                    : format() == exports::ResumeFormat::Pdf
                    ? tr("Each credential that fits gets a QR code an employer can scan to check it.")
                    : tr("Each Open Badge and CLR goes in unchanged, so the employer's system can check "
                         "it."));
        });
    }

    m_records->setObjectName(QStringLiteral("exportRecords"));
    m_records->setAccessibleName(tr("Records to include"));
    m_records->setMinimumHeight(fontMetrics().height() * 14);
    m_records->setTextElideMode(Qt::ElideMiddle);
    for (const records::Entry& e : entries) {
        if (e.isNested()) {
            continue; // travels inside its transcript
        }
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(text::title(e.record), text::issuer(e)));
        item->setData(Qt::UserRole, e.summary.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(e.summary.id) ? Qt::Checked : Qt::Unchecked);
        m_records->addItem(item);
    }
    auto* all = new QPushButton(tr("Select &all"));
    auto* none = new QPushButton(tr("Select &none"));
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_records->count(); ++i) {
            m_records->item(i)->setCheckState(Qt::Checked);
        }
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_records->count(); ++i) {
            m_records->item(i)->setCheckState(Qt::Unchecked);
        }
    });
    auto* recordsBox = new QGroupBox(tr("Records (only these leave the wallet)"));
    auto* recordsLayout = new QVBoxLayout(recordsBox);
    recordsLayout->addWidget(m_records, 1);
    auto* pick = new QHBoxLayout;
    pick->addWidget(all);
    pick->addWidget(none);
    pick->addStretch(1);
    recordsLayout->addLayout(pick);

    auto* aboutBox = new QGroupBox(tr("About you"));
    auto* form = new QFormLayout(aboutBox);
    m_given->setObjectName(QStringLiteral("givenName"));
    m_family->setObjectName(QStringLiteral("familyName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setMaximumHeight(fontMetrics().height() * 4);
    m_summary->setTabChangesFocus(true);
    form->addRow(tr("&Given name:"), m_given);
    form->addRow(tr("&Family name:"), m_family);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Where you live:"), m_location);
    form->addRow(tr("&Headline:"), m_headline);
    form->addRow(tr("S&ummary:"), m_summary);

    auto* sensitiveBox = new QGroupBox(tr("Also include (left out unless you tick them)"));
    auto* sensitiveLayout = new QHBoxLayout(sensitiveBox);
    const QList<std::pair<exports::Sensitive, QString>> sensitive {
        { exports::Sensitive::BirthDate, tr("Birth date") },
        { exports::Sensitive::Gender, tr("Gender") },
        { exports::Sensitive::Ethnicity, tr("Ethnicity") },
        { exports::Sensitive::Citizenship, tr("Citizenship") },
        { exports::Sensitive::LegalId, tr("Legal ID number") },
    };
    for (const auto& [s, label] : sensitive) {
        auto* box = new QCheckBox(label);
        box->setObjectName(QStringLiteral("include-") + exports::sensitiveName(s));
        m_sensitive.insert(s, box);
        sensitiveLayout->addWidget(box);
    }
    sensitiveLayout->addStretch(1);

    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = buttons->addButton(tr("&Save..."), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveExportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(formatBox);
    left->addWidget(recordsBox, 1);
    columns->addLayout(left, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(aboutBox);
    right->addWidget(sensitiveBox);
    right->addWidget(m_note);
    right->addStretch(1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_formats.value(exports::ResumeFormat::LerRs)->setChecked(true);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 34);

    // The saved profile, read through the session.
    auto person = std::make_shared<exports::Person>();
    m_session.runTask(
        [person](store::Wallet& wallet) -> Status {
            auto p = exports::loadProfile(wallet.database());
            if (!p) {
                return p.error();
            }
            *person = *p;
            return {};
        },
        this,
        [this, person](const Status& s) {
            if (s) {
                fillProfile(*person);
            }
        });
}

void ExportDialog::fillProfile(const exports::Person& p)
{
    m_given->setText(p.givenName);
    m_family->setText(p.familyName);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_location->setText(p.location);
    m_headline->setText(p.headline);
    m_summary->setPlainText(p.summary);
}

exports::Person ExportDialog::personFromForm() const
{
    exports::Person p;
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.location = m_location->text().trimmed();
    p.headline = m_headline->text().trimmed();
    p.summary = m_summary->toPlainText().trimmed();
    return p;
}

QStringList ExportDialog::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < m_records->count(); ++i) {
        if (m_records->item(i)->checkState() == Qt::Checked) {
            ids.append(m_records->item(i)->data(Qt::UserRole).toString());
        }
    }
    return ids;
}

exports::ResumeFormat ExportDialog::format() const
{
    for (auto it = m_formats.cbegin(); it != m_formats.cend(); ++it) {
        if (it.value()->isChecked()) {
            return it.key();
        }
    }
    return exports::ResumeFormat::LerRs;
}

void ExportDialog::save()
{
    m_error->clear();
    const QStringList ids = chosenIds();
    if (ids.isEmpty()) {
        m_error->setText(tr("Tick at least one record to put in the résumé."));
        return;
    }
    QString path = m_outputPath;
    if (path.isEmpty()) {
        const QString suffix = format() == exports::ResumeFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("json");
        const QString name = (personFromForm().fullName().isEmpty() ? tr("resume") : personFromForm().fullName())
                                 .replace(QLatin1Char(' '), QLatin1Char('-'))
            + QLatin1Char('.') + suffix;
        path = QFileDialog::getSaveFileName(this, tr("Save the résumé"), QDir::home().filePath(name));
        if (path.isEmpty()) {
            return;
        }
    }
    QList<exports::Sensitive> include;
    for (auto it = m_sensitive.cbegin(); it != m_sensitive.cend(); ++it) {
        if (it.value()->isChecked()) {
            include.append(it.key());
        }
    }
    const exports::Person person = personFromForm();
    auto input = std::make_shared<exports::ResumeInput>();
    m_save->setEnabled(false);
    m_session.runTask(
        [ids, include, person, input](store::Wallet& wallet) -> Status {
            if (Status s = exports::saveProfile(wallet.database(), person); !s) {
                return s;
            }
            auto loaded = exports::loadResumeInput(wallet.database(), ids, include);
            if (!loaded) {
                return loaded.error();
            }
            *input = *loaded;
            return {};
        },
        this,
        [this, input, path](const Status& s) {
            m_save->setEnabled(true);
            if (!s) {
                m_error->setText(ler::text::render(s.error()));
                return;
            }
            // A résumé is read by people: untitled records go in under the names the person sees.
            ler::text::nameUntitled(input->records);
            ler::text::nameUntitled(input->nested);
            write(path, *input);
        });
}

void ExportDialog::write(const QString& path, const exports::ResumeInput& input)
{
    const exports::ResumeFormat f = format();
    if (f == exports::ResumeFormat::Pdf) {
        auto pdf = media::writeResumePdf(input, path);
        if (!pdf) {
            m_error->setText(ler::text::render(pdf.error()));
            return;
        }
        Q_EMIT saved(path);
        accept();
        return;
    }
    auto made = std::make_shared<exports::MadeResume>();
    auto in = std::make_shared<exports::ResumeInput>(input);
    m_save->setEnabled(false);
    m_session.runTask(
        [in, f, made](store::Wallet& wallet) -> Status {
            auto doc = exports::makeJsonResumeDocument(wallet.database(), *in, f);
            if (!doc) {
                return doc.error();
            }
            *made = *doc;
            return {};
        },
        this,
        [this, made, f, path](const Status& s) {
            m_save->setEnabled(true);
            if (!s) {
                m_error->setText(ler::text::render(s.error()));
                return;
            }
            if (f == exports::ResumeFormat::JsonResume && !made->omissions.isEmpty()) {
                QStringList lines;
                for (const exports::Omission& o : made->omissions) {
                    if (lines.size() == 12) {
                        lines.append(tr("...and %n more.", nullptr, int(made->omissions.size()) - 12));
                        break;
                    }
                    lines.append(tr("%1: %2").arg(o.title, omissionWords(o.what)));
                }
                QMessageBox box(QMessageBox::Information,
                    tr("What JSON Resume leaves out"),
                    tr("JSON Resume cannot carry these; the file will not have them:") + QStringLiteral("\n\n")
                        + lines.join(QLatin1Char('\n')),
                    QMessageBox::Save | QMessageBox::Cancel,
                    this);
                box.setObjectName(QStringLiteral("omissionsBox"));
                if (box.exec() != QMessageBox::Save) {
                    return;
                }
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(made->bytes) != made->bytes.size() || !file.commit()) {
                m_error->setText(tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            Q_EMIT saved(path);
            accept();
        });
}

} // namespace ler::ui
