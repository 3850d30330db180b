#include "colors.h"

#include <QPalette>
#include <QString>
#include <QWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Newsdesk {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Moves color toward the palette's text colour until it reads on the background: the window
// colour, or a text field's base colour when onBase.
QColor readable(QColor color, const QPalette &palette, bool onBase = false)
{
    const QColor background = palette.color(onBase ? QPalette::Base : QPalette::Window);
    const QColor text = palette.color(onBase ? QPalette::Text : QPalette::WindowText);
    for (int step = 0;
         step < 10 && Colors::contrastRatio(color, background) < Colors::MinimumContrast; ++step)
        color = mix(color, text, 0.25);
    return color;
}

} // namespace

bool Colors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double Colors::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Colors::problem(const QPalette &palette)
{
    return readable(isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20),
                    palette);
}

QColor Colors::muted(const QPalette &palette)
{
    return readable(mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.4),
                    palette);
}

QColor Colors::mutedText(const QPalette &palette)
{
    return readable(mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4), palette,
                    true);
}

QColor Colors::link(const QPalette &palette)
{
    // Styles' link colours are made for light fields (Fusion's dark blue on a dark field is
    // unreadable); a light blue stands in on a dark one.
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    QColor link = palette.color(QPalette::Link);
    if (darkBase && contrastRatio(link, palette.color(QPalette::Base)) < MinimumContrast)
        link = QColor(0x8a, 0xb4, 0xf8);
    return readable(link, palette, true);
}

QColor Colors::noticeBackground(const QPalette &palette)
{
    return isDark(palette) ? mix(palette.color(QPalette::Window), QColor(0xff, 0x98, 0x00), 0.2)
                           : QColor(0xff, 0xf4, 0xe5);
}

QColor Colors::matchBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor tint = mix(base, palette.color(QPalette::Highlight), 0.35);
    for (int step = 0; step < 10 && contrastRatio(text, tint) < MinimumContrast; ++step)
        tint = mix(tint, base, 0.3);
    return tint;
}

void Colors::showAsProblem(QWidget *widget, bool problem)
{
    widget->setStyleSheet(problem ? u"color: %1"_s.arg(Colors::problem(widget->palette()).name())
                                  : QString());
}

} // namespace Newsdesk
