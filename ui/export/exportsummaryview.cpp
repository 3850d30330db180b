#include "exportsummaryview.h"

#include "export/exportoptions.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Newsdesk {

ExportSummaryView::ExportSummaryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"export.summary"_s);
    m_written = addValue(u"written"_s);
    m_unchanged = addValue(u"unchanged"_s);
    m_removed = addValue(u"removed"_s);
    m_articles = addValue(u"articles"_s);
    m_bytes = addValue(u"bytes"_s);
    m_seconds = addValue(u"seconds"_s);
    m_published = addValue(u"published"_s);
    m_warnings = addValue(u"warnings"_s);
    m_warnings->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Files written:"), m_written);
    form->addRow(tr("Files unchanged:"), m_unchanged);
    form->addRow(tr("Files removed:"), m_removed);
    form->addRow(tr("Articles on the site:"), m_articles);
    form->addRow(tr("Bytes written:"), m_bytes);
    form->addRow(tr("Time:"), m_seconds);
    form->addRow(tr("Newly published:"), m_published);
    m_warningsLabel = new QLabel(tr("Warnings:"), this);
    form->addRow(m_warningsLabel, m_warnings);
    // Screen readers name each value by its row label.
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget());
        auto *value = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            value->setAccessibleName(label->text().chopped(1));
    }
}

QLabel *ExportSummaryView::addValue(const QString &name)
{
    auto *value = new QLabel(this);
    value->setObjectName(u"export.summary."_s + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return value;
}

void ExportSummaryView::setSummary(const ExportSummary &summary)
{
    const QLocale locale;
    m_written->setText(locale.toString(summary.written));
    m_unchanged->setText(locale.toString(summary.unchanged));
    m_removed->setText(locale.toString(summary.removed));
    m_articles->setText(locale.toString(summary.articles));
    m_bytes->setText(locale.formattedDataSize(summary.bytesWritten));
    m_seconds->setText(tr("%1 s").arg(locale.toString(summary.seconds, 'f', 2)));
    m_published->setText(locale.toString(summary.published.size()));
    m_warnings->setText(summary.warnings.join(u'\n'));
    m_warnings->setVisible(!summary.warnings.isEmpty());
    m_warningsLabel->setVisible(!summary.warnings.isEmpty());
}

} // namespace Newsdesk
