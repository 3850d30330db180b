#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Newsdesk {

// The HTML source view of the body editor: the canonical HTML as editable text. Going back to
// the rich-text view checks it with Sanitizer::clean(): normalisation and removed markup are
// applied and reported; HTML whose cleaning would lose text (inside <script>, <svg>, an
// unclosed <textarea>, …) is not applied: the view stays, says why, and offers to apply the
// cleaned version anyway. The person's text is never lost either way.
class SourceView final : public QWidget
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    void setHtml(const QString &canonical);
    QString text() const;
    bool isEdited() const; // changed since setHtml()
    QPlainTextEdit *editor() const { return m_edit; }

    struct Verdict
    {
        bool accepted = false;
        QString html; // canonical, when accepted
        QString notice; // what cleaning removed, when anything
    };
    // Checks the text; when it cannot be applied shows the problem and returns !accepted.
    Verdict check();

Q_SIGNALS:
    void edited();
    void applyAnywayRequested();

private:
    QPlainTextEdit *m_edit;
    QLabel *m_problem;
    QPushButton *m_applyAnyway;
    QWidget *m_problemBar;
    QString m_original;
    bool m_force = false;
};

} // namespace Newsdesk
