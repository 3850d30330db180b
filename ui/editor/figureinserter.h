#pragma once

#include "core/result.h"
#include "media/imagelimits.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTextCursor>

class QTextEdit;
class QTextFrame;
class QImage;

namespace Newsdesk {

class Library;
class MediaImport;
struct Media;
struct PreparedImage;

// Puts photos into the body as figures. Files and pictures are checked, downscaled and decoded
// off the UI thread by the media import (model/media: MediaImport), stored once by content hash
// in the library, and inserted as <figure><img src="media:N"> where the cursor was when they
// were asked for. Edits a figure's caption, credit and alt text with FigureDialog.
class FigureInserter final : public QObject
{
    Q_OBJECT

public:
    explicit FigureInserter(QTextEdit *edit, QObject *parent = nullptr);
    ~FigureInserter() override;

    // Call with nullptr before the library closes.
    void setLibrary(Library *library);
    Library *library() const { return m_library; }
    const ImageLimits &limits() const { return m_limits; }

    // An image prepared elsewhere (a paste's embedded picture), stored now.
    Result<Media> store(const PreparedImage &image);
    // Each a figure at the cursor, when ready; problems as notices.
    void insertFiles(const QStringList &paths);
    void insertImage(const QImage &image, const QString &name);
    void chooseFiles(QWidget *dialogParent);
    void editFigure(QTextFrame *figure, QWidget *dialogParent);
    void editFigureAtCursor(QWidget *dialogParent);
    int pendingImages() const { return int(m_pending.size()); }

    static bool isImageFile(const QString &path);

Q_SIGNALS:
    void noticeRequested(const QString &text);
    void figureInserted();

private:
    bool ensureLibrary(const QString &name);
    void imported(quint64 request, const Media &media);
    void failed(quint64 request, const QString &message);

    QTextEdit *m_edit;
    Library *m_library = nullptr;
    MediaImport *m_import = nullptr;
    ImageLimits m_limits;
    QHash<quint64, QTextCursor> m_pending; // request → where its figure goes
};

} // namespace Newsdesk
