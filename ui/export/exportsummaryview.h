#pragma once

#include <QWidget>

class QLabel;

namespace Newsdesk {

struct ExportSummary;

// What a finished export did, as a small form: files written, unchanged and removed, live
// articles, bytes written, the time it took, the articles it marked published and its
// warnings. Every value label has an object name ("export.summary.written", …) for tests.
class ExportSummaryView final : public QWidget
{
    Q_OBJECT

public:
    explicit ExportSummaryView(QWidget *parent = nullptr);

    void setSummary(const ExportSummary &summary);

private:
    QLabel *addValue(const QString &name);

    QLabel *m_written = nullptr;
    QLabel *m_unchanged = nullptr;
    QLabel *m_removed = nullptr;
    QLabel *m_articles = nullptr;
    QLabel *m_bytes = nullptr;
    QLabel *m_seconds = nullptr;
    QLabel *m_published = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_warningsLabel = nullptr;
};

} // namespace Newsdesk
