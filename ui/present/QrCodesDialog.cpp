// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "ui/present/QrCodesDialog.h"

#include "media/PresentationCodes.h"
#include "media/PresentationPdf.h"
#include "ui/text/Render.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ler::ui {

namespace {

QString s_nextFolder;
constexpr int kQuietZone = 4;

} // namespace

QrCodeView::QrCodeView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCodeView"));
    setMinimumSize(240, 240);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAutoFillBackground(false);
}

void QrCodeView::setSymbol(std::optional<media::QrSymbol> symbol)
{
    m_symbol = std::move(symbol);
    update();
}

int QrCodeView::moduleSize() const
{
    if (!m_symbol)
        return 0;
    const int modules = m_symbol->size() + 2 * kQuietZone;
    return std::min(width(), height()) / modules;
}

void QrCodeView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_symbol)
        return;
    // Whole pixels per module: blurred edges between modules are what makes phones fail on screens.
    const int scale = std::max(1, moduleSize());
    const int side = (m_symbol->size() + 2 * kQuietZone) * scale;
    const QPoint origin((width() - side) / 2 + kQuietZone * scale, (height() - side) / 2 + kQuietZone * scale);
    for (int y = 0; y < m_symbol->size(); ++y) {
        int x = 0;
        while (x < m_symbol->size()) {
            if (!m_symbol->dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_symbol->size() && m_symbol->dark(x, y))
                ++x;
            painter.fillRect(origin.x() + start * scale, origin.y() + y * scale, (x - start) * scale, scale, Qt::black);
        }
    }
}

QrCodesDialog::QrCodesDialog(present::Preview preview, present::QrCodes codes, QWidget* parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_codes(std::move(codes))
    , m_view(new QrCodeView)
    , m_counter(new QLabel)
    , m_title(new QLabel)
    , m_note(new QLabel)
    , m_previous(new QPushButton(tr("&Previous")))
    , m_next(new QPushButton(tr("&Next")))
    , m_fullScreen(new QPushButton(tr("&Full screen")))
{
    setObjectName(QStringLiteral("qrCodesDialog"));
    setWindowTitle(tr("QR codes to scan"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The codes are large and white: the whole dialog is white, so a phone finds the code against a calm field.
    setStyleSheet(QStringLiteral("QDialog#qrCodesDialog { background: white; } QLabel { color: black; }"));
    m_counter->setObjectName(QStringLiteral("qrCounter"));
    m_counter->setAlignment(Qt::AlignCenter);
    QFont big = m_counter->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_counter->setFont(big);
    m_title->setObjectName(QStringLiteral("qrTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont medium = m_title->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_title->setFont(medium);
    m_title->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_previous->setObjectName(QStringLiteral("qrPrevious"));
    m_next->setObjectName(QStringLiteral("qrNext"));
    m_fullScreen->setObjectName(QStringLiteral("qrFullScreen"));
    m_previous->setShortcut(QKeySequence(Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::Key_Right));
    m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    auto* savePng = new QPushButton(tr("Save as &PNG..."));
    savePng->setObjectName(QStringLiteral("qrSavePng"));
    auto* saveSvg = new QPushButton(tr("Save as &SVG..."));
    auto* print = new QPushButton(tr("P&rint..."));
    auto* printPreview = new QPushButton(tr("Print pre&view..."));
    auto* close = new QPushButton(tr("&Close"));
    connect(m_previous, &QPushButton::clicked, this, [this] { showCode(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showCode(m_current + 1); });
    connect(m_fullScreen, &QPushButton::clicked, this, &QrCodesDialog::toggleFullScreen);
    connect(savePng, &QPushButton::clicked, this, [this] { saveAsked(false); });
    connect(saveSvg, &QPushButton::clicked, this, [this] { saveAsked(true); });
    connect(print, &QPushButton::clicked, this, [this] { printAsked(false); });
    connect(printPreview, &QPushButton::clicked, this, [this] { printAsked(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* nav = new QHBoxLayout;
    nav->addWidget(m_previous);
    nav->addStretch(1);
    nav->addWidget(m_counter);
    nav->addStretch(1);
    nav->addWidget(m_next);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : { m_fullScreen, savePng, saveSvg, print, printPreview })
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(nav);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addLayout(actions);
    resize(760, 860);
    showCode(0);
}

void QrCodesDialog::setNextFolder(const QString& folder)
{
    s_nextFolder = folder;
}

void QrCodesDialog::showCode(int index)
{
    if (index < 0 || index >= count())
        return;
    m_current = index;
    auto symbol = media::symbolFor(m_codes.codes.at(index));
    m_view->setSymbol(symbol ? std::optional(*symbol) : std::nullopt);
    const media::QrCaption caption = media::captionFor(m_preview, m_codes, index);
    m_counter->setText(caption.counter);
    m_counter->setVisible(count() > 1);
    m_title->setText(caption.title);
    m_note->setText(symbol ? caption.note : ler::text::render(symbol.error()));
    m_previous->setVisible(count() > 1);
    m_next->setVisible(count() > 1);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < count());
}

QString QrCodesDialog::captionText() const
{
    return QStringList { m_counter->text(), m_title->text(), m_note->text() }.join(QLatin1Char('\n'));
}

void QrCodesDialog::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
        m_fullScreen->setText(tr("&Full screen"));
    } else {
        showFullScreen();
        m_fullScreen->setText(tr("Leave &full screen"));
    }
}

void QrCodesDialog::keyPressEvent(QKeyEvent* event)
{
    // Escape leaves full screen first; only then does it close.
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        toggleFullScreen();
        return;
    }
    QDialog::keyPressEvent(event);
}

Result<QStringList> QrCodesDialog::saveAll(const QString& folder, bool svg)
{
    return media::saveCodes(m_preview, m_codes, folder, svg ? media::CodeFileFormat::Svg : media::CodeFileFormat::Png);
}

void QrCodesDialog::saveAsked(bool svg)
{
    QString folder = std::exchange(s_nextFolder, QString());
    if (folder.isEmpty()) {
        folder = QFileDialog::getExistingDirectory(
            this, svg ? tr("Save the QR codes as SVG in a folder") : tr("Save the QR codes as PNG in a folder"));
    }
    if (folder.isEmpty())
        return;
    auto written = saveAll(folder, svg);
    if (!written) {
        QMessageBox::warning(this, tr("Save the QR codes"), ler::text::render(written.error()));
        return;
    }
    QMessageBox::information(this,
        tr("Save the QR codes"),
        tr("Saved %n QR code(s) in %1, in order: part-01, part-02...", nullptr, int(written->size()))
            .arg(QDir::toNativeSeparators(folder)));
}

Status QrCodesDialog::print(QPrinter& printer)
{
    printer.setFullPage(true);
    return media::paintPresentation(printer, m_preview, m_codes);
}

void QrCodesDialog::printAsked(bool preview)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(media::defaultPaper()));
    printer.setDocName(tr("LER Wallet presentation"));
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { (void)print(*p); });
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = print(printer); !s)
        QMessageBox::warning(this, tr("Print"), ler::text::render(s.error()));
}

} // namespace ler::ui
