#pragma once

#include "core/result.h"
#include "document/pastecleaner.h"
#include "media/preparedimage.h"

#include <QCoreApplication>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QTextCursor>

#include <vector>

class QMimeData;
class QTextEdit;

namespace Newsdesk {

class FigureInserter;

// Safe paste and drop: HTML (web pages, Word, WPS) and plain text are cleaned to canonical
// article HTML (PasteCleaner, Sanitizer::clean), their data: and file: images become media,
// and the result is inserted at the cursor as one undo step, with a notice of what was
// removed. Image files and pictures go to FigureInserter. Clipboard content larger than
// BackgroundThreshold is cleaned on the thread pool and inserted in slices between events, the
// editor read-only meanwhile, so a 10 MB paste never freezes the window.
class PasteController final : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype BackgroundThreshold = 256 * 1024;
    // What the worker hands back: the cleaned HTML and its embedded pictures, checked and
    // prepared by the media import (n → picture, in PasteCleaner's order).
    struct Cleaned
    {
        PasteCleaner::Result clean;
        std::vector<Result<PreparedImage>> images;
    };
    static constexpr qsizetype SliceSize = 64 * 1024; // characters of HTML inserted per event

    PasteController(QTextEdit *edit, FigureInserter *figures, QObject *parent = nullptr);

    void insert(const QMimeData *source);
    bool isBusy() const { return m_busy; }
    // Stops a paste in progress (the body is being replaced): what was inserted stays, the
    // rest is dropped.
    void cancel();

Q_SIGNALS:
    void noticeRequested(const QString &text);
    void busyChanged(bool busy);
    // done of total characters of cleaned HTML inserted; total 0 while cleaning.
    void progressChanged(qsizetype done, qsizetype total);

private:
    void start(const QString &content, bool html, const QImage &clipboardImage);
    void cleaned(Cleaned result);
    void insertSlice();
    void finish();
    void setBusy(bool busy);

    QTextEdit *m_edit;
    FigureInserter *m_figures;
    bool m_busy = false;
    QTextCursor m_cursor;
    QStringList m_slices;
    qsizetype m_total = 0;
    qsizetype m_done = 0;
    QStringList m_notices;
    quint64 m_generation = 0; // a cancelled paste's late result is ignored
};

} // namespace Newsdesk
