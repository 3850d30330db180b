#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace Newsdesk {

// Every modal question and file chooser of the application goes through here, so that tests
// can answer them in advance instead of blocking (like KeePassXC's MessageBox::setNextAnswer).
class Dialogs final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Dialogs)

public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title,
                                                const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title,
                                                   const QString &text);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // A line of text from the person; nullopt when cancelled.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       const QString &initial = {});
    // Several lines of text (a comment); nullopt when cancelled. Answered by setNextText too.
    static std::optional<QString> multiLineText(QWidget *parent, const QString &title,
                                                const QString &label);

    // A library file to open; empty when cancelled.
    static QString openLibraryFile(QWidget *parent, const QString &folder);
    // A file name for a new library; empty when cancelled.
    static QString newLibraryFile(QWidget *parent, const QString &folder);
    // A folder (a theme's); empty when cancelled.
    static QString folder(QWidget *parent, const QString &title, const QString &start);
    // Existing files to read (an import's pages and archives); empty when cancelled.
    static QStringList openFiles(QWidget *parent, const QString &title, const QString &start,
                                 const QString &filter);
    // A file to write, given suffix when typed without one (an export's .zip); empty when
    // cancelled.
    static QString saveFile(QWidget *parent, const QString &title, const QString &start,
                            const QString &filter, const QString &suffix);

    // Test seams: the next message box returns answer without showing; the next file chooser
    // returns path. lastMessage() is the text of the last message box, shown or answered.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextPath(const QString &path);
    // The next text() or multiLineText() returns text (nullopt: as if cancelled).
    static void setNextText(const std::optional<QString> &text);
    static QString lastMessage();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
    static std::optional<QString> takeNextPath();
};

} // namespace Newsdesk
