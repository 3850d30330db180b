#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace Newsdesk::Test {

// Types text into widget like QTest::keyClicks, one key press a character, but for any
// character: keyClicks in Qt 6.4 takes Latin-1 only, so Chinese goes as key events carrying
// the character's text (what a keyboard or input method delivers to the widget).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace Newsdesk::Test
