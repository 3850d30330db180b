#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QUrl;

namespace Newsdesk {

class ManualBrowser;

// Help > User Manual (F1): the manual of docs/manual in a window of its own, in the
// interface's language or the other, with Back, Forward and Contents. It reads the copy the
// Debian package installs (/usr/share/doc/newsdesk/manual) or, in a build tree, the copy the
// build puts beside the binary.
class ManualWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualWindow)

public:
    explicit ManualWindow(QWidget *parent = nullptr);

    // The folders that may hold the manual (each with en/ and zh_CN/), in the order tried.
    static QStringList searchedFolders();
    // The index page of the manual in language ("en" or "zh_CN"); empty when not installed.
    static QString indexFile(const QString &language);
    // "zh_CN" for a Chinese interface, else "en".
    static QString interfaceLanguage();

    QString language() const { return m_language; }
    void setLanguage(const QString &language); // shows that language's contents page
    // Shows a page of the current language, e.g. "04-writing.md#autosave-and-recovery";
    // false (with an explanation shown) when the manual is not installed.
    bool showPage(const QString &page);
    ManualBrowser *browser() const { return m_browser; }

private:
    void showMissing();
    void updateTitle(const QUrl &page);

    ManualBrowser *m_browser;
    QComboBox *m_languages;
    QString m_language;
};

} // namespace Newsdesk
