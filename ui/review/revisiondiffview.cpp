#include "revisiondiffview.h"

#include "diff/diffhtml.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {
// Unchanged body lines kept around each change when unchanged text is collapsed.
constexpr int ContextLines = 2;
} // namespace

RevisionDiffView::RevisionDiffView(QWidget *parent)
    : QWidget(parent)
{
    m_inline = modeButton(u"diffModeInline"_s, tr("&Inline"), Mode::Inline);
    m_inline->setToolTip(tr("Show removed and added text in one column"));
    m_sideBySide = modeButton(u"diffModeSideBySide"_s, tr("&Side by Side"), Mode::SideBySide);
    m_sideBySide->setToolTip(tr("Show the two revisions in two columns"));
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_inline);
    modes->addButton(m_sideBySide);
    m_inline->setChecked(true);

    m_showUnchanged = new QCheckBox(tr("Show &unchanged fields"), this);
    m_showUnchanged->setObjectName(u"diffShowUnchanged"_s);
    m_showUnchanged->setAccessibleName(tr("Show unchanged fields"));
    connect(m_showUnchanged, &QCheckBox::toggled, this, &RevisionDiffView::render);

    m_collapse = new QCheckBox(tr("&Collapse unchanged text"), this);
    m_collapse->setObjectName(u"diffCollapseUnchanged"_s);
    m_collapse->setAccessibleName(tr("Collapse unchanged text"));
    m_collapse->setToolTip(tr("Show only the body lines near a change"));
    m_collapse->setChecked(true);
    connect(m_collapse, &QCheckBox::toggled, this, &RevisionDiffView::render);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummary"_s);
    m_summary->setAccessibleName(tr("Summary of changes"));
    m_summary->setTextFormat(Qt::PlainText);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"diffBrowser"_s);
    m_browser->setAccessibleName(tr("Differences between the revisions"));
    m_browser->setOpenLinks(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_inline);
    bar->addWidget(m_sideBySide);
    bar->addSpacing(12);
    bar->addWidget(m_showUnchanged);
    bar->addWidget(m_collapse);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_browser, 1);
    updateSummary();
}

QToolButton *RevisionDiffView::modeButton(const QString &objectName, const QString &text, Mode mode)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAccessibleName(QString(text).remove(u'&'));
    button->setCheckable(true);
    button->setAutoRaise(true);
    connect(button, &QToolButton::toggled, this, [this, mode](bool checked) {
        if (checked)
            setMode(mode);
    });
    return button;
}

void RevisionDiffView::setArticles(const Article &before, const QString &beforeLabel,
                                   const Article &after, const QString &afterLabel,
                                   const std::function<QString(qint64)> &channelName)
{
    m_diff = ArticleDiff::compare(before, after, channelName);
    m_beforeLabel = beforeLabel;
    m_afterLabel = afterLabel;
    m_hasArticles = true;
    updateSummary();
    render();
}

void RevisionDiffView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    (mode == Mode::Inline ? m_inline : m_sideBySide)->setChecked(true);
    render();
    Q_EMIT modeChanged(mode);
}

bool RevisionDiffView::showsUnchangedFields() const
{
    return m_showUnchanged->isChecked();
}

void RevisionDiffView::setShowUnchangedFields(bool show)
{
    m_showUnchanged->setChecked(show);
}

bool RevisionDiffView::collapsesUnchangedText() const
{
    return m_collapse->isChecked();
}

void RevisionDiffView::setCollapseUnchangedText(bool collapse)
{
    m_collapse->setChecked(collapse);
}

QString RevisionDiffView::summaryText() const
{
    return m_summary->text();
}

void RevisionDiffView::updateSummary()
{
    if (!m_hasArticles) {
        m_summary->clear();
        return;
    }
    if (m_diff.identical()) {
        m_summary->setText(tr("No changes"));
        return;
    }
    const int fields = m_diff.changedFieldCount();
    if (m_diff.addedChars == 0 && m_diff.removedChars == 0) {
        m_summary->setText(fields > 0 ? tr("Changes in %n field(s)", nullptr, fields)
                                      : tr("Formatting changes only"));
        return;
    }
    //: The whole summary: "12 characters added, 3 removed in 2 fields"
    m_summary->setText(tr("%1, %2 in %3")
                               .arg(tr("%n character(s) added", nullptr, m_diff.addedChars),
                                    tr("%n removed", nullptr, m_diff.removedChars),
                                    tr("%n field(s)", nullptr, fields)));
}

void RevisionDiffView::render()
{
    if (!m_hasArticles) {
        m_browser->clear();
        return;
    }
    DiffHtml::Options options;
    options.showUnchangedFields = m_showUnchanged->isChecked();
    options.contextLines = m_collapse->isChecked() ? ContextLines : -1;
    m_browser->setHtml(m_mode == Mode::Inline ? DiffHtml::inlineHtml(m_diff, options)
                                              : DiffHtml::sideBySideHtml(m_diff, m_beforeLabel,
                                                                         m_afterLabel, options));
}

} // namespace Newsdesk
