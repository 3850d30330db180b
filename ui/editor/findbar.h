#pragma once

#include <QRegularExpression>
#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTextEdit;

namespace Newsdesk {

// Find and replace in the body: plain text or a regular expression, whole words, case. Finding
// wraps around the end; Replace All is one undo step. Shown by Ctrl+F (find) and Ctrl+H (find
// and replace) from the body editor; Escape hides it.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QTextEdit *edit, QWidget *parent = nullptr);

    void showFind(bool withReplace);
    // The search as typed; invalid when the regular expression does not compile.
    QRegularExpression expression() const;
    bool findNext(bool backward = false);
    bool replaceCurrent();
    int replaceAll();

Q_SIGNALS:
    void noticeRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setStatus(const QString &text);
    QTextDocument::FindFlags findFlags() const;
    bool selectionMatches(const QRegularExpression &expression) const;
    QString replacementFor(const QString &matched, const QRegularExpression &expression) const;

    QTextEdit *m_edit;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_regex;
    QCheckBox *m_wholeWord;
    QCheckBox *m_case;
    QLabel *m_status;
    QWidget *m_replaceRow;
};

} // namespace Newsdesk
