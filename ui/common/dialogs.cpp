#include "dialogs.h"

#include "config/paths.h"

#include <QFileDialog>
#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<QString> nextPath;
std::optional<std::optional<QString>> nextText;
QString lastMessageText;

QString libraryFilter()
{
    return Dialogs::tr("Newsdesk libraries (*.%1);;SQLite databases (*.sqlite *.db);;All "
                       "files (*)")
            .arg(QString::fromUtf16(Paths::LibrarySuffix));
}
} // namespace

QMessageBox::StandardButton Dialogs::show(QWidget *parent, QMessageBox::Icon icon,
                                          const QString &title, const QString &text,
                                          QMessageBox::StandardButtons buttons,
                                          QMessageBox::StandardButton defaultButton)
{
    lastMessageText = text;
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton Dialogs::critical(QWidget *parent, const QString &title,
                                              const QString &text)
{
    return show(parent, QMessageBox::Critical, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::information(QWidget *parent, const QString &title,
                                                 const QString &text)
{
    return show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton);
}

std::optional<QString> Dialogs::takeNextPath()
{
    std::optional<QString> path = nextPath;
    nextPath.reset();
    return path;
}

QString Dialogs::openLibraryFile(QWidget *parent, const QString &folder)
{
    if (std::optional<QString> path = takeNextPath())
        return *path;
    return QFileDialog::getOpenFileName(parent, tr("Open Library"), folder, libraryFilter());
}

QString Dialogs::newLibraryFile(QWidget *parent, const QString &folder)
{
    if (std::optional<QString> path = takeNextPath())
        return *path;
    QFileDialog dialog(parent, tr("New Library"), folder, libraryFilter());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QString::fromUtf16(Paths::LibrarySuffix));
    // A new library never replaces a file: the model refuses, so do not offer it here.
    dialog.setOption(QFileDialog::DontConfirmOverwrite, false);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

QString Dialogs::folder(QWidget *parent, const QString &title, const QString &start)
{
    if (std::optional<QString> path = takeNextPath())
        return *path;
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QStringList Dialogs::openFiles(QWidget *parent, const QString &title, const QString &start,
                               const QString &filter)
{
    if (std::optional<QString> path = takeNextPath())
        return path->isEmpty() ? QStringList() : path->split(u'\n');
    return QFileDialog::getOpenFileNames(parent, title, start, filter);
}

QString Dialogs::saveFile(QWidget *parent, const QString &title, const QString &start,
                          const QString &filter, const QString &suffix)
{
    if (std::optional<QString> path = takeNextPath())
        return *path;
    QFileDialog dialog(parent, title, start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles().value(0) : QString();
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &initial)
{
    if (nextText) {
        const std::optional<QString> answer = *nextText;
        nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString answer =
            QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

std::optional<QString> Dialogs::multiLineText(QWidget *parent, const QString &title,
                                              const QString &label)
{
    if (nextText) {
        const std::optional<QString> answer = *nextText;
        nextText.reset();
        return answer;
    }
    bool ok = false;
    const QString answer = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

void Dialogs::setNextText(const std::optional<QString> &text)
{
    nextText = text;
}

void Dialogs::setNextPath(const QString &path)
{
    nextPath = path;
}

QString Dialogs::lastMessage()
{
    return lastMessageText;
}

} // namespace Newsdesk
