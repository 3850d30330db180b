#include "pastecontroller.h"

#include "document/bodydocument.h"
#include "document/documentformat.h"
#include "document/documentreader.h"
#include "figureinserter.h"
#include "media/mediaimporter.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QMimeData>
#include <QPromise>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace Newsdesk {

PasteController::PasteController(QTextEdit *edit, FigureInserter *figures, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_figures(figures)
{
}

void PasteController::insert(const QMimeData *source)
{
    if (m_busy)
        return;
    QStringList imageFiles;
    for (const QUrl &url : source->urls()) {
        if (url.isLocalFile() && FigureInserter::isImageFile(url.toLocalFile()))
            imageFiles.append(url.toLocalFile());
    }
    if (!imageFiles.isEmpty() && !source->hasHtml()) {
        m_figures->insertFiles(imageFiles);
        return;
    }
    const QImage image = source->hasImage() ? qvariant_cast<QImage>(source->imageData()) : QImage();
    if (source->hasHtml()) {
        start(source->html(), true, image);
    } else if (!image.isNull()) {
        m_figures->insertImage(image, tr("pasted image"));
    } else if (source->hasText()) {
        start(source->text(), false, {});
    }
}

void PasteController::start(const QString &content, bool html, const QImage &clipboardImage)
{
    m_cursor = m_edit->textCursor();
    m_notices.clear();
    const ImageLimits limits = m_figures->limits();
    const auto work = [content, html, clipboardImage, limits] {
        Cleaned cleaned;
        cleaned.clean = html ? PasteCleaner::clean(content, !clipboardImage.isNull())
                             : PasteCleaner::cleanText(content);
        for (int n = 0; n < cleaned.clean.images.size(); ++n) {
            QByteArray bytes = cleaned.clean.images[n];
            if (n == cleaned.clean.clipboardImage) {
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                clipboardImage.save(&buffer, "PNG");
            }
            cleaned.images.push_back(MediaImporter::prepare(
                    bytes, PasteController::tr("pasted image %1").arg(n + 1), limits));
        }
        return cleaned;
    };
    // Pictures are decoded, and long content is cleaned, on the thread pool.
    const bool mayHoldImages = html
            && (content.contains("data:"_L1, Qt::CaseInsensitive)
                || (!clipboardImage.isNull() && content.contains("file:"_L1, Qt::CaseInsensitive)));
    if (content.size() < BackgroundThreshold && !mayHoldImages) {
        cleaned(work());
        return;
    }
    setBusy(true);
    Q_EMIT progressChanged(0, 0);
    auto promise = std::make_shared<QPromise<Cleaned>>();
    promise->start();
    auto *watcher = new QFutureWatcher<Cleaned>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_generation] {
                watcher->deleteLater();
                if (generation == m_generation)
                    cleaned(watcher->result());
            });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, work] {
        promise->addResult(work());
        promise->finish();
    });
}

void PasteController::cleaned(Cleaned prepared)
{
    PasteCleaner::Result &result = prepared.clean;
    // Embedded pictures are stored here: this thread owns the library connection.
    int stored = 0;
    QStringList problems;
    for (int n = 0; n < int(prepared.images.size()); ++n) {
        Result<Media> media = prepared.images[size_t(n)]
                ? m_figures->store(prepared.images[size_t(n)].value())
                : Result<Media>(prepared.images[size_t(n)].error());
        if (!media)
            problems.append(media.error().message());
        else
            ++stored;
        result.html = PasteCleaner::resolve(result.html, n, media ? media.value().id : 0);
    }
    if (const QString summary = result.report.summary(); !summary.isEmpty())
        m_notices.append(summary);
    if (stored > 0)
        m_notices.append(tr("Added %n pasted photo(s) to the library.", nullptr, stored));
    if (!problems.isEmpty())
        m_notices.append(problems.first());

    // Slices of whole top-level blocks (canonical HTML puts one per line).
    m_slices.clear();
    QString slice;
    for (const QStringView line : QStringView(result.html).split(u'\n')) {
        if (!slice.isEmpty())
            slice += u'\n';
        slice += line;
        if (slice.size() >= SliceSize) {
            m_slices.append(slice);
            slice.clear();
        }
    }
    if (!slice.isEmpty())
        m_slices.append(slice);
    m_total = result.html.size();
    m_done = 0;
    if (m_slices.size() > 1) {
        setBusy(true);
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                insertSlice();
        });
        return;
    }
    if (!m_slices.isEmpty())
        insertSlice();
    else
        finish();
}

void PasteController::cancel()
{
    if (!m_busy)
        return;
    ++m_generation; // drops the worker's result or the next slice; what is in stays
    m_slices.clear();
    m_done = 0;
    setBusy(false);
}

void PasteController::insertSlice()
{
    if (m_slices.isEmpty())
        return; // cancelled
    const QString slice = m_slices.takeFirst();
    BodyDocument piece;
    DocumentReader::read(&piece, slice);
    const QTextDocumentFragment fragment(&piece);
    // Each slice ends its edit block, so the editor lays it out now rather than all of a 10 MB
    // paste at the end; joining the previous block keeps the whole paste one undo step.
    if (m_done == 0) {
        m_cursor.beginEditBlock();
        if (m_cursor.hasSelection())
            m_cursor.removeSelectedText();
    } else {
        m_cursor.joinPreviousEditBlock();
        // A new slice starts a new block, or its first paragraph would join the last.
        m_cursor.insertBlock(DocumentFormat::paragraphFormat(), QTextCharFormat());
    }
    m_cursor.insertFragment(fragment);
    m_cursor.endEditBlock();
    m_done += slice.size() + 1;
    if (m_slices.isEmpty()) {
        finish();
        return;
    }
    Q_EMIT progressChanged(std::min(m_done, m_total), m_total);
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            insertSlice();
    });
}

void PasteController::finish()
{
    m_edit->setTextCursor(m_cursor);
    setBusy(false);
    if (!m_notices.isEmpty())
        Q_EMIT noticeRequested(m_notices.join(u' '));
}

void PasteController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_edit->setReadOnly(busy);
    Q_EMIT busyChanged(busy);
}

} // namespace Newsdesk
