#include "sourceview.h"

#include "common/colors.h"
#include "html/bodytext.h"
#include "html/sanitizer.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

SourceView::SourceView(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_applyAnyway(new QPushButton(tr("Apply Cleaned HTML"), this))
    , m_problemBar(new QWidget(this))
{
    setObjectName(u"bodySourceView"_s);
    m_edit->setObjectName(u"bodySourceEdit"_s);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problem->setObjectName(u"bodySourceProblem"_s);
    m_problem->setWordWrap(true);
    m_applyAnyway->setObjectName(u"bodySourceApplyAnyway"_s);
    auto *bar = new QHBoxLayout(m_problemBar);
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_problem, 1);
    bar->addWidget(m_applyAnyway);
    m_problemBar->setStyleSheet(
            u"background: %1"_s.arg(Colors::noticeBackground(m_problemBar->palette()).name()));
    m_problemBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_problemBar);
    layout->addWidget(m_edit, 1);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_force = false;
        Q_EMIT edited();
    });
    connect(m_applyAnyway, &QPushButton::clicked, this, [this] {
        m_force = true;
        Q_EMIT applyAnywayRequested();
    });
}

void SourceView::setHtml(const QString &canonical)
{
    m_original = canonical;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(canonical);
    m_problemBar->hide();
    m_force = false;
}

QString SourceView::text() const
{
    return m_edit->toPlainText();
}

bool SourceView::isEdited() const
{
    return text() != m_original;
}

SourceView::Verdict SourceView::check()
{
    const QString source = text();
    Sanitizer::Result clean = Sanitizer::clean(source);
    Verdict verdict;
    verdict.html = clean.html;
    const BodyText::Count before = BodyText::count(source);
    const BodyText::Count after = BodyText::count(clean.html);
    const int lost = before.total() - after.total();
    if (lost > 0 && !m_force) {
        QString why = tr("This HTML was not applied: cleaning it would drop %n character(s) or "
                         "word(s) of text.",
                         nullptr, lost);
        if (const QString summary = clean.report.summary(); !summary.isEmpty())
            why += u' ' + summary;
        why += u' ' + tr("Fix the HTML, or apply the cleaned version.");
        m_problem->setText(why);
        m_problemBar->show();
        return verdict;
    }
    m_problemBar->hide();
    m_force = false;
    verdict.accepted = true;
    verdict.notice = clean.report.summary();
    return verdict;
}

} // namespace Newsdesk
