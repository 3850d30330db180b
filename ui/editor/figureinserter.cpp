#include "figureinserter.h"

#include "bodytextedit.h"
#include "core/media.h"
#include "figuredialog.h"
#include "figureediting.h"
#include "media/mediaimport.h"
#include "media/mediaimporter.h"
#include "storage/library.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QTextEdit>
#include <QTextFrame>

using namespace Qt::StringLiterals;

namespace Newsdesk {

FigureInserter::FigureInserter(QTextEdit *edit, QObject *parent)
    : QObject(parent)
    , m_edit(edit)
{
}

FigureInserter::~FigureInserter() = default;

void FigureInserter::setLibrary(Library *library)
{
    if (library == m_library)
        return;
    delete m_import; // answers on their way are dropped with it
    m_import = nullptr;
    m_pending.clear();
    m_library = library;
    if (!library)
        return;
    m_import = new MediaImport(library->media(), this);
    m_import->setLimits(m_limits);
    connect(m_import, &MediaImport::imported, this,
            [this](quint64 request, const Media &media, const PreparedImage &) {
                imported(request, media);
            });
    connect(m_import, &MediaImport::failed, this, &FigureInserter::failed);
}

bool FigureInserter::isImageFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "jpg"_L1 || QImageReader::supportedImageFormats().contains(suffix.toLatin1());
}

bool FigureInserter::ensureLibrary(const QString &name)
{
    if (m_library)
        return true;
    Q_EMIT noticeRequested(
            tr("%1 cannot be added: no library is open to keep the photo.").arg(name));
    return false;
}

Result<Media> FigureInserter::store(const PreparedImage &image)
{
    if (!m_library)
        return Error(Error::Kind::Failed,
                     tr("%1 cannot be added: no library is open to keep the photo.")
                             .arg(image.sourceName));
    return MediaImporter::store(m_library->media(), image);
}

void FigureInserter::insertFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (ensureLibrary(QFileInfo(path).fileName()))
            m_pending.insert(m_import->importFile(path), m_edit->textCursor());
    }
}

void FigureInserter::insertImage(const QImage &image, const QString &name)
{
    if (!ensureLibrary(name))
        return;
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG"); // lossless; the import re-encodes large photos as JPEG
    m_pending.insert(m_import->importData(data, name), m_edit->textCursor());
}

void FigureInserter::imported(quint64 request, const Media &stored)
{
    const QTextCursor at = m_pending.take(request);
    if (at.isNull())
        return;
    Media figure = stored;
    figure.caption.clear(); // the stored texts belong to the image's first use
    figure.credit.clear();
    figure.alt.clear();
    const QTextCursor after = FigureEditing::insertFigure(at, figure);
    if (at.position() == m_edit->textCursor().position())
        m_edit->setTextCursor(after);
    Q_EMIT figureInserted();
}

void FigureInserter::failed(quint64 request, const QString &message)
{
    m_pending.remove(request);
    Q_EMIT noticeRequested(message);
}

void FigureInserter::chooseFiles(QWidget *dialogParent)
{
    const QStringList paths = QFileDialog::getOpenFileNames(
            dialogParent, tr("Insert Photo"), {}, tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"));
    if (!paths.isEmpty())
        insertFiles(paths);
}

void FigureInserter::editFigure(QTextFrame *figure, QWidget *dialogParent)
{
    FigureDialog dialog(dialogParent);
    dialog.setFigureText(FigureEditing::figureText(figure));
    if (dialog.exec() == QDialog::Accepted)
        FigureEditing::setFigureText(figure, dialog.figureText());
}

void FigureInserter::editFigureAtCursor(QWidget *dialogParent)
{
    if (QTextFrame *figure = BodyTextEdit::figureAt(m_edit->textCursor()))
        editFigure(figure, dialogParent);
    else
        Q_EMIT noticeRequested(tr("Put the cursor in a photo to edit its caption and credit."));
}

} // namespace Newsdesk
