#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace Newsdesk {

// The few colours the interface adds to the palette's own (problems, notices, secondary
// text), derived from a palette so that they read on light and dark ones alike: each keeps a
// contrast ratio of at least MinimumContrast (WCAG AA for text) against the window colour.
class Colors final
{
public:
    static constexpr double MinimumContrast = 4.5;

    static bool isDark(const QPalette &palette);
    // WCAG 2 contrast ratio of two colours, 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);

    // Text that reports a problem: a red.
    static QColor problem(const QPalette &palette);
    // Secondary text (captions, dates): between text and window colour.
    static QColor muted(const QPalette &palette);
    // The background of a notice bar: a warm tint of the window colour.
    static QColor noticeBackground(const QPalette &palette);

    // In a text field (on QPalette::Base): secondary text such as a photo's caption, and links,
    // both readable on the field's background.
    static QColor mutedText(const QPalette &palette);
    static QColor link(const QPalette &palette);

    // Behind the search words in a list's text: a tint of the highlight that keeps the text
    // colour readable.
    static QColor matchBackground(const QPalette &palette);

    // Shows widget's text in the problem colour (or its normal colour again).
    static void showAsProblem(QWidget *widget, bool problem = true);
};

} // namespace Newsdesk
