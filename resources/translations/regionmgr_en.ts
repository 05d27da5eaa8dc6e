<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ColleaguesDialog</name>
    <message numerus="yes">
        <source>Delete %n colleague(s)</source>
        <translation>
            <numerusform>Delete %n colleague</numerusform>
            <numerusform>Delete %n colleagues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsOpen</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterruptionsDialog</name>
    <message numerus="yes">
        <source>Last %n week(s): {0} per week on average</source>
        <translation>
            <numerusform>Last %n week: {0} per week on average</numerusform>
            <numerusform>Last %n weeks: {0} per week on average</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n week(s) before: {0}</source>
        <translation>
            <numerusform>the %n week before: {0}</numerusform>
            <numerusform>the %n weeks before: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrioritiesPage</name>
    <message numerus="yes">
        <source>%n task(s) could not be read and are not shown</source>
        <translation>
            <numerusform>%n task could not be read and is not shown</numerusform>
            <numerusform>%n tasks could not be read and are not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankedSlotsModel</name>
    <message numerus="yes">
        <source>%n of {0} weeks</source>
        <translation>
            <numerusform>%n of {0} weeks</numerusform>
            <numerusform>%n of {0} weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefresherDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDetailPane</name>
    <message numerus="yes">
        <source>Delegated to {0} %n day(s) ago.</source>
        <translation>
            <numerusform>Delegated to {0} %n day ago.</numerusform>
            <numerusform>Delegated to {0} %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message numerus="yes">
        <source>%n task(s) could not be read and are not shown</source>
        <translation>
            <numerusform>%n task could not be read and is not shown</numerusform>
            <numerusform>%n tasks could not be read and are not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message numerus="yes">
        <source>Unpark %n task(s)</source>
        <translation>
            <numerusform>Unpark %n task</numerusform>
            <numerusform>Unpark %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Park %n task(s) for the next meeting</source>
        <translation>
            <numerusform>Park %n task for the next meeting</numerusform>
            <numerusform>Park %n tasks for the next meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set how %n request(s) arrived</source>
        <translation>
            <numerusform>Set how %n request arrived</numerusform>
            <numerusform>Set how %n requests arrived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>%n task shown</numerusform>
            <numerusform>%n tasks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n task(s)</source>
        <translation>
            <numerusform>Reopen %n task</numerusform>
            <numerusform>Reopen %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Complete %n task(s)</source>
        <translation>
            <numerusform>Complete %n task</numerusform>
            <numerusform>Complete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n task(s) to “{0}”</source>
        <translation>
            <numerusform>Move %n task to “{0}”</numerusform>
            <numerusform>Move %n tasks to “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected task(s) and their parts?</source>
        <translation>
            <numerusform>Delete the selected task and its parts?</numerusform>
            <numerusform>Delete the %n selected tasks and their parts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n task(s)</source>
        <translation>
            <numerusform>Delete %n task</numerusform>
            <numerusform>Delete %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n task(s) — &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>
            <numerusform>Deleted %n task — &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</numerusform>
            <numerusform>Deleted %n tasks — &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message numerus="yes">
        <source>%n open task(s) already delegated</source>
        <translation>
            <numerusform>%n open task already delegated</numerusform>
            <numerusform>%n open tasks already delegated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingForModel</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>
