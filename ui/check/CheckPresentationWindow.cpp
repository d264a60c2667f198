// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/check/CheckPresentationWindow.h"

#include "core/net/Fetcher.h"
#include "core/present/PresentationCheck.h"
#include "media/PdfQrReader.h"
#include "media/PresentationPdf.h"
#include "ui/check/CheckReport.h"
#include "ui/common/AppSettings.h"
#include "ui/text/Render.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfWriter>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThreadPool>
#include <QVBoxLayout>

namespace ler::ui {

namespace {

const QString kMaxAgeKey = QStringLiteral("check/maxAgeDays");
const QString kOnlineKey = QStringLiteral("check/online");
constexpr int kDefaultMaxAgeDays = 30;
constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
QString s_nextSavePath;

struct Outcome
{
    QString html;
    bool anyVerified = false;
};

Outcome checkFiles(const QStringList& files, verify::VerifierOptions options, bool online)
{
    std::shared_ptr<net::Fetcher> fetcher;
    if (online) {
        fetcher = std::make_shared<net::Fetcher>();
        options.fetcher = fetcher.get();
    }
    options.offline = !online;
    const checkreport::Expected expected { options.challenge, options.domain };
    const present::PresentationCheck checker(options);
    Outcome out;
    QStringList qrNames;
    QStringList texts;
    QStringList parts;
    for (const QString& path : files) {
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
            parts.append(checkreport::errorHtml(name,
                QCoreApplication::translate("ler::ui::CheckPresentationWindow",
                    "The file cannot be read, or is too "
                    "large.")));
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (media::isQrSource(bytes, name)) {
            // An image without a code goes to the verifier, whose message says why it is no badge either.
            auto codes = media::readQrCodesFromData(bytes);
            if (codes) {
                qrNames.append(name);
                texts += *codes;
                continue;
            }
            if (media::looksLikePdf(bytes)) {
                parts.append(checkreport::errorHtml(name, ler::text::render(codes.error())));
                continue;
            }
        }
        auto checked = checker.checkFile(bytes, name);
        if (!checked) {
            parts.append(checkreport::errorHtml(name, ler::text::render(checked.error())));
            continue;
        }
        out.anyVerified = out.anyVerified || checked->report.verified();
        parts.append(checkreport::html(*checked, expected, name));
    }
    if (!qrNames.isEmpty()) {
        const QString name = qrNames.join(QStringLiteral(", "));
        auto checked = checker.checkQrTexts(texts, name);
        if (!checked) {
            parts.prepend(checkreport::errorHtml(name, ler::text::render(checked.error())));
        } else {
            out.anyVerified = out.anyVerified || checked->report.verified();
            parts.prepend(checkreport::html(*checked, expected, name));
        }
    }
    out.html = parts.join(QStringLiteral("<hr>"));
    return out;
}

} // namespace

int CheckPresentationWindow::maxAgeSetting()
{
    return appSettings()->value(kMaxAgeKey, kDefaultMaxAgeDays).toInt();
}

void CheckPresentationWindow::setMaxAgeSetting(int days)
{
    appSettings()->setValue(kMaxAgeKey, std::max(0, days));
}

void CheckPresentationWindow::setNextSavePath(const QString& path)
{
    s_nextSavePath = path;
}

CheckPresentationWindow::CheckPresentationWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_list(new QListWidget)
    , m_challenge(new QLineEdit)
    , m_domain(new QLineEdit)
    , m_maxAge(new QSpinBox)
    , m_online(new QCheckBox(tr("Go online to check issuers' keys and whether credentials were revoked")))
    , m_check(new QPushButton(tr("&Check")))
    , m_save(new QPushButton(tr("&Save the report as PDF...")))
    , m_status(new QLabel)
    , m_report(new QTextBrowser)
{
    setObjectName(QStringLiteral("checkPresentationWindow"));
    setWindowTitle(tr("Check a presentation"));
    setAcceptDrops(true);
    auto* intro = new QLabel(tr("<h2>Check a presentation</h2>Open what the job seeker gave you: a presentation file "
                                "(.json, .jwt, .sd-jwt), the PDF LER Wallet made, or pictures of its QR codes. You do "
                                "not need a wallet of your own."));
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("checkFiles"));
    m_list->setMaximumHeight(90);
    auto* add = new QPushButton(tr("&Add files..."));
    add->setObjectName(QStringLiteral("checkAddFiles"));
    auto* clear = new QPushButton(tr("C&lear"));
    m_challenge->setObjectName(QStringLiteral("checkChallenge"));
    m_challenge->setPlaceholderText(tr("the challenge code you gave the job seeker, if any"));
    m_domain->setObjectName(QStringLiteral("checkDomain"));
    m_domain->setPlaceholderText(tr("your domain, as you gave it (for example jobs.example.com)"));
    m_maxAge->setObjectName(QStringLiteral("checkMaxAge"));
    m_maxAge->setRange(0, 3650);
    m_maxAge->setSuffix(tr(" days"));
    m_maxAge->setSpecialValueText(tr("no limit"));
    m_maxAge->setValue(maxAgeSetting());
    m_online->setObjectName(QStringLiteral("checkOnline"));
    m_online->setChecked(appSettings()->value(kOnlineKey, true).toBool());
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setDefault(true);
    m_save->setObjectName(QStringLiteral("checkSaveReport"));
    m_status->setWordWrap(true);
    m_report->setObjectName(QStringLiteral("checkReport"));
    m_report->setOpenLinks(false);
    m_report->setPlaceholderText(tr("The report appears here."));

    connect(add, &QPushButton::clicked, this, &CheckPresentationWindow::chooseFiles);
    connect(clear, &QPushButton::clicked, this, &CheckPresentationWindow::clearFiles);
    connect(m_check, &QPushButton::clicked, this, &CheckPresentationWindow::check);
    connect(m_save, &QPushButton::clicked, this, &CheckPresentationWindow::saveAsked);
    connect(m_maxAge, &QSpinBox::valueChanged, this, [](int days) { setMaxAgeSetting(days); });
    connect(m_online, &QCheckBox::toggled, this, [](bool on) { appSettings()->setValue(kOnlineKey, on); });

    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(clear);
    fileButtons->addStretch(1);
    auto* filesRow = new QHBoxLayout;
    filesRow->addWidget(m_list, 1);
    filesRow->addLayout(fileButtons);
    auto* form = new QFormLayout;
    form->addRow(tr("Your challenge:"), m_challenge);
    form->addRow(tr("Your domain:"), m_domain);
    form->addRow(tr("Refuse presentations older than:"), m_maxAge);
    auto* ageHint = new QLabel(tr("Applies when the job seeker set no expiry of their own."));
    ageHint->setWordWrap(true);
    form->addRow(QString(), ageHint);
    form->addRow(QString(), m_online);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_save);
    actions->addWidget(m_check);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filesRow);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_report, 1);
    resize(780, 760);
    updateButtons();
}

CheckPresentationWindow::~CheckPresentationWindow() = default;

void CheckPresentationWindow::updateButtons()
{
    m_check->setEnabled(!m_busy && !m_files.isEmpty());
    m_save->setEnabled(!m_busy && !m_html.isEmpty());
}

void CheckPresentationWindow::addFiles(const QStringList& paths)
{
    for (const QString& p : paths) {
        if (!m_files.contains(p)) {
            m_files.append(p);
            m_list->addItem(QDir::toNativeSeparators(p));
        }
    }
    updateButtons();
}

void CheckPresentationWindow::clearFiles()
{
    m_files.clear();
    m_list->clear();
    updateButtons();
}

void CheckPresentationWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this,
        tr("Open a presentation"),
        QString(),
        tr("Presentations and QR images (*.json *.jwt *.sd-jwt *.txt *.pdf *.png *.jpg *.jpeg *.gif *.bmp *.webp)")
            + QStringLiteral(";;") + tr("All files (*)"));
    addFiles(paths);
}

void CheckPresentationWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void CheckPresentationWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        addFiles(paths);
    }
}

void CheckPresentationWindow::check()
{
    if (m_busy || m_files.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_status->setText(tr("Checking..."));
    verify::VerifierOptions options;
    options.challenge = m_challenge->text().trimmed();
    options.domain = m_domain->text().trimmed();
    options.maxAgeSeconds = qint64(m_maxAge->value()) * 24 * 3600;
    const bool online = m_online->isChecked();
    const QStringList files = m_files;
    QPointer<CheckPresentationWindow> self(this);
    QThreadPool::globalInstance()->start([self, files, options, online] {
        const Outcome outcome = checkFiles(files, options, online);
        // Delivered through the application object, which outlives the window; the window may be gone by then.
        QMetaObject::invokeMethod(
            qApp,
            [self, outcome] {
                if (self)
                    self->showReport(outcome.html, outcome.anyVerified);
            },
            Qt::QueuedConnection);
    });
}

void CheckPresentationWindow::showReport(const QString& html, bool anyVerified)
{
    m_busy = false;
    m_html = html;
    m_report->setHtml(html);
    m_status->setText(anyVerified ? QString() : tr("Look at the report before you rely on anything in it."));
    updateButtons();
    Q_EMIT checked();
}

bool CheckPresentationWindow::saveReport(const QString& path)
{
    if (m_html.isEmpty())
        return false;
    // Unbuffered: Qt 6.4's QSaveFile::commit() misses a write error of its last flush (a full disk).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(media::defaultPaper()));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setTitle(tr("Presentation check report"));
        writer.setCreator(QStringLiteral("LER Wallet"));
        QTextDocument doc;
        doc.setHtml(QStringLiteral("<h1>%1</h1><p>%2</p>")
                        .arg(tr("Presentation check report").toHtmlEscaped(),
                            tr("Checked with LER Wallet on %1.")
                                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat))
                                .toHtmlEscaped())
            + m_html);
        doc.print(&writer);
    }
    return file.commit();
}

void CheckPresentationWindow::saveAsked()
{
    QString path = std::exchange(s_nextSavePath, QString());
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this,
            tr("Save the report"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(tr("presentation check.pdf")),
            tr("PDF (*.pdf)"));
    }
    if (path.isEmpty())
        return;
    if (!saveReport(path))
        QMessageBox::warning(
            this, tr("Save the report"), tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace ler::ui
