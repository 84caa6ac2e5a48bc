<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AddWorkerDialog</name>
    <message>
        <location filename="../gui/admin/workers.py" line="56"/>
        <source>Add a worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="61"/>
        <source>The worker signs in with this user name and password, and should change the password (File ▸ Change my password) the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="66"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="67"/>
        <source>e.g. Priya Shah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="70"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="73"/>
        <source>What they type to sign in, e.g. pshah (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="77"/>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="85"/>
        <source>Initial &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="88"/>
        <source>At least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="90"/>
        <source>Initial password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="91"/>
        <source>&amp;Add worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="92"/>
        <source>Add worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="98"/>
        <source>New worker {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="105"/>
        <source>A worker is only added when you press Add worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="129"/>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="145"/>
        <source>A user name can only use lower-case letters, digits, dots, hyphens and underscores (no spaces), and starts with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../gui/admin/actions.py" line="63"/>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/actions.py" line="64"/>
        <source>Your password has been changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="103"/>
        <source>Your administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="106"/>
        <source>An administrator adds and removes workers. To keep families&apos; details private, an administrator cannot open family files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="114"/>
        <source>Your &amp;full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="116"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="119"/>
        <source>What you type to sign in: lower-case letters, digits, dots or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="122"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="126"/>
        <source>At least {n} characters. A short phrase of several words is easiest to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="130"/>
        <source>&amp;Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="167"/>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgenciesTab</name>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="30"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="31"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="32"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="33"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="34"/>
        <source>Works with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="35"/>
        <source>In the TAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="36"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="37"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="40"/>
        <source>Agencies working with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="43"/>
        <source>&amp;Add an agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="44"/>
        <source>&amp;Edit agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="45"/>
        <source>&amp;Remove agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="48"/>
        <source>The Team Around the Family (TAF) is the practitioners from different agencies working one plan with the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="54"/>
        <source>Agencies and practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="70"/>
        <source> (ended {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="122"/>
        <source>Remove an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="124"/>
        <source>Remove {agency} from this family file? To show that their work has finished instead, edit it and give the date the involvement ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="127"/>
        <source>Remove {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/tab.py" line="130"/>
        <source>Could not remove the agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="38"/>
        <source>Add an agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="40"/>
        <source>Edit {agency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="48"/>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="49"/>
        <source>e.g. Demoford Primary School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="51"/>
        <source>&amp;Type of agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="56"/>
        <source>&amp;What they do with the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="63"/>
        <source>&amp;Family members involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="68"/>
        <source>Part of the Team Around the Famil&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="72"/>
        <source>Involved &amp;since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="73"/>
        <source>Involvement &amp;ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="74"/>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="75"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="76"/>
        <source>&amp;Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="77"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="78"/>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="103"/>
        <source>Agency: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/agencies/agency_dialog.py" line="103"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="38"/>
        <source>Change the lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="40"/>
        <source>Allocate a lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="50"/>
        <source>{family}. Lead professional now: {lead}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="51"/>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="64"/>
        <source>&amp;Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="65"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="68"/>
        <source>e.g. knows the school; capacity; family asked for a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="72"/>
        <source>They will be able to open this family&apos;s file from their next sign-in. The previous lead professional loses access unless they lead the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="76"/>
        <source>They will be able to open this family&apos;s file from their next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="81"/>
        <source>&amp;Allocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/allocate_dialog.py" line="88"/>
        <source>Allocation of {family}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="63"/>
        <source>Si&amp;gn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="64"/>
        <source>&amp;Return to draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="67"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="85"/>
        <source>“{form}” (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="154"/>
        <source>Draft saved at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/assessment_dialog.py" line="202"/>
        <source>Close the assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <location filename="more_messages.py" line="282"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="284"/>
        <source>Questions marked * must be answered before the form is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="286"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="288"/>
        <source>Mark as &amp;complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="290"/>
        <source>someone no longer in the family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="292"/>
        <source>Who contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="294"/>
        <source>e.g. Demoford Primary School, health visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="296"/>
        <source>Other agencies that contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="298"/>
        <source>Nobody in this assessment is in this part of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="300"/>
        <source>1 question needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="302"/>
        <source>Other agencies that contributed (separate with commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="304"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="306"/>
        <source>{status} — about {people} — version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="308"/>
        <source>{n} questions need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="310"/>
        <source>This {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="312"/>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="314"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="316"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="318"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="320"/>
        <source>what is going well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="322"/>
        <source>what needs to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="324"/>
        <source>What is going well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="326"/>
        <source>What needs to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="328"/>
        <source>Who told us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="330"/>
        <source>told us: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="332"/>
        <source>We see this differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="334"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="336"/>
        <source>Family&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="338"/>
        <source>How the family sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="340"/>
        <source>Worker&apos;s score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="342"/>
        <source>How the worker sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="344"/>
        <source>Not scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="724"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="726"/>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="728"/>
        <source>Child or young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="730"/>
        <source>Other family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="732"/>
        <source>Another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="734"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="736"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="738"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="102"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="103"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="104"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="105"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="106"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="107"/>
        <location filename="more_messages.py" line="350"/>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="108"/>
        <source>Who contributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="111"/>
        <source>Assessments and outcome readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="115"/>
        <source>&amp;Start a new assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="116"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="117"/>
        <source>Si&amp;gn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="118"/>
        <source>&amp;Return to draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="124"/>
        <source>No assessments yet. Start an Early Help Assessment with the family, or take an outcome reading with the Family Progress Measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="134"/>
        <source>Assessments stay drafts until they are marked complete; a team leader then signs them off. A completed Family Progress Measure is an outcome reading (see Outcomes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="143"/>
        <source>Assessments and readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="157"/>
        <source>Could not list the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="210"/>
        <source>Could not list the forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="241"/>
        <source>Could not open the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="264"/>
        <source>Sign off the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="266"/>
        <source>Sign off “{form}”? Once signed off it cannot be changed; a new assessment is needed to record anything different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="269"/>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/tab.py" line="272"/>
        <source>Could not sign off the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="346"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="348"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="352"/>
        <source>The household ({n} people)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../gui/admin/audit.py" line="152"/>
        <source>Audit log – FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="164"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="166"/>
        <source>e.g. FC-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="168"/>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="178"/>
        <source>&amp;Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="179"/>
        <source>&amp;Family reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="180"/>
        <source>A&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="181"/>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="182"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="190"/>
        <source>&amp;Show entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="192"/>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="203"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="204"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="205"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="206"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="207"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="210"/>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="213"/>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="215"/>
        <source>Save the entries shown as a CSV file (it leaves the encrypted vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="218"/>
        <source>Check the audit chain and &amp;records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="220"/>
        <source>Check that nothing in the audit log or the family files has been altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="224"/>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="226"/>
        <source>The result of the check appears here; it can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="242"/>
        <location filename="../gui/admin/audit.py" line="277"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="245"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="246"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="247"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="248"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="249"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="250"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="251"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="252"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="253"/>
        <source>Applies until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="256"/>
        <source>Sharing without consent in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="264"/>
        <source>Every decision in your team&apos;s families to share information without consent, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="272"/>
        <source>Sharing without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="325"/>
        <source>Sharing without consent ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="332"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="332"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="335"/>
        <source>{name} is not a date we recognise (use 25/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="341"/>
        <source>The &apos;To&apos; date is before the &apos;From&apos; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="385"/>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="394"/>
        <source>{n} entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="396"/>
        <source> (only the newest {n} are shown: narrow the filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="416"/>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="418"/>
        <source>The {n} entries shown will be saved as a CSV file outside the encrypted vault. Anyone who can open the file can read who looked at which family. The export itself is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="424"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="425"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="439"/>
        <source>Save the audit log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="441"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="460"/>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="462"/>
        <source>Saved to {path} (not encrypted). Delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="469"/>
        <source>Checking… this can take a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="482"/>
        <source>Nothing has been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/audit.py" line="484"/>
        <source>Problems were found: tell your administrator now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLockWarning</name>
    <message>
        <location filename="../gui/session/auto_lock.py" line="45"/>
        <source>FamilyCase is about to lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="57"/>
        <source>Nobody has used FamilyCase for a while, so it will lock to keep families&apos; details safe. These changes cannot be saved as they are and will be lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="65"/>
        <source>These will be saved before it locks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="69"/>
        <source>Move the mouse or press a key to keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="76"/>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="119"/>
        <source>FamilyCase will lock in 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/auto_lock.py" line="121"/>
        <source>FamilyCase will lock in {n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="23"/>
        <source>Add service use before the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="29"/>
        <source>What the family used before the work started, for example 4 police call-outs in the 6 months before referral. It shows where the family started from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="34"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="36"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="38"/>
        <source>&amp;Service used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="39"/>
        <source>How &amp;many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="40"/>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="40"/>
        <source>For example: visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="42"/>
        <source>Unit cost &amp;code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="45"/>
        <source>A GMCA code such as CR2.0.2, if one fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="47"/>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="49"/>
        <source>Where the figures come &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/baseline_dialog.py" line="56"/>
        <source>Service use before the work: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadFilterBar</name>
    <message>
        <location filename="../gui/caseload/filters.py" line="30"/>
        <source>Open work (not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="31"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="35"/>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="44"/>
        <source>Needs &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="47"/>
        <source>Only families whose review is overdue or who have had no contact for more than {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="51"/>
        <source>Only families that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="52"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="60"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="60"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="61"/>
        <source>T&amp;ier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="61"/>
        <source>Tier filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="62"/>
        <source>Lea&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="62"/>
        <source>Lead professional filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="85"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/filters.py" line="86"/>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../gui/caseload/model.py" line="81"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="82"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="83"/>
        <source>Lead
professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="84"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="85"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="86"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="87"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="88"/>
        <source>Days since
contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="89"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="165"/>
        <source>Consent to share information with other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="193"/>
        <source>{date} – overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="208"/>
        <source>{family} · {members}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="212"/>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="221"/>
        <source>Not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="229"/>
        <source>No contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="232"/>
        <source>{n} – overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="322"/>
        <source>No consent to share has been recorded for anyone in this family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="327"/>
        <source>This family&apos;s list entry failed its integrity check. Ask an administrator to run &apos;familycase verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="331"/>
        <source>You have not been given access to this family file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="336"/>
        <source>No contact for more than {n} days: the family needs a visit or a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/model.py" line="339"/>
        <source>The review was due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <location filename="../gui/caseload/page.py" line="72"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="121"/>
        <source>My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="122"/>
        <source>Team caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="123"/>
        <source>Unallocated families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="124"/>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="130"/>
        <source>As an administrator you manage workers&apos; accounts (Manage workers, or File ▸ Workers) and how long closed files are kept (File ▸ Retention). To keep families&apos; details private, you cannot open family files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="135"/>
        <source>Families you are lead professional for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="136"/>
        <source>Every family your team is working with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="138"/>
        <source>Your team&apos;s families that have no lead professional yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="140"/>
        <source>Every family in the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="142"/>
        <source>Double-click a family, or press Enter, to open its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="181"/>
        <source>The families could not be loaded: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="205"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="210"/>
        <source>{shown} of {total} match “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="216"/>
        <source>{shown} match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="232"/>
        <source>Opening the families…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="236"/>
        <source>No family, family member or reference matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="240"/>
        <source>No family matches the filters. Clear the filters to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="242"/>
        <source>You are not the lead professional for any open families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="243"/>
        <source>Your team has no open families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="244"/>
        <source>Every family in your team has a lead professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/caseload/page.py" line="245"/>
        <source>There are no open families.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosureDialog</name>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="34"/>
        <source>Close this episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="41"/>
        <source>Closing ends the work with {family} and the lead professional&apos;s allocation. The exit plan says who the family can turn to now, so nobody gets lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="60"/>
        <source>&amp;Reason for closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="64"/>
        <source>&amp;Date closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="66"/>
        <source>&amp;Exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="68"/>
        <source>Who stays involved, what the family does if things get harder, follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="70"/>
        <source>Closing &amp;summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="74"/>
        <source>&amp;Close the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="81"/>
        <source>Before you close: {problems} You can still close the episode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/closure_dialog.py" line="91"/>
        <source>Closing the episode for {family}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="63"/>
        <source>Record consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="69"/>
        <source>Record what this person agreed to: which agencies may be told, why, and which kinds of information. Anything not ticked is withheld when FamilyCase prints, exports or prepares a panel summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="76"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="78"/>
        <source>&amp;Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="81"/>
        <source>&amp;Name of the person giving consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="84"/>
        <source>Leave blank when the person consented for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="87"/>
        <source>&amp;Competence assessed (for a young person under 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="92"/>
        <source>&amp;How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="96"/>
        <source>&amp;Date given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="100"/>
        <source>&amp;Review or expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="103"/>
        <source>Consent is usually reviewed every year. Leave blank for no end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="106"/>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="108"/>
        <source>&amp;Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="111"/>
        <source>P&amp;urposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="120"/>
        <source>&amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="125"/>
        <source>&amp;Lawful basis for processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="128"/>
        <source>Usually public task; this is separate from consent to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="130"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="133"/>
        <source>&amp;Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="139"/>
        <source>Consent for {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="116"/>
        <source>Show consent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="118"/>
        <source>Show &amp;for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="121"/>
        <source>Subject access e&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="123"/>
        <source>Everything held about the chosen person, as JSON and PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="133"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="134"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="135"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="136"/>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="137"/>
        <location filename="../gui/family_file/consent/tab.py" line="164"/>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="138"/>
        <source>Given by, how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="139"/>
        <source>Given – review or end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="140"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="143"/>
        <location filename="../gui/family_file/consent/tab.py" line="207"/>
        <source>Consent to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="145"/>
        <source>&amp;Record consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="146"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="148"/>
        <source>A&amp;ttach evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="150"/>
        <source>Keep an encrypted copy of the signed form or other evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="153"/>
        <source>Save a cop&amp;y of the evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="155"/>
        <source>Write the evidence outside FamilyCase (it leaves the encrypted vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="161"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="162"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="163"/>
        <location filename="../gui/family_file/consent/tab.py" line="184"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="165"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="166"/>
        <source>Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="167"/>
        <source>Legal gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="168"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="169"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="170"/>
        <source>Applies until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="173"/>
        <source>Decisions to share without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="176"/>
        <source>Record a decision to share &amp;without consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="181"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="182"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="183"/>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="185"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="186"/>
        <source>By whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="189"/>
        <source>Share log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="213"/>
        <source>Sharing without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="215"/>
        <source>Share log: what was shared, or withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="235"/>
        <source>Everyone in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="250"/>
        <source>Could not read the consent records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="280"/>
        <source>Withdrawn on {date}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="370"/>
        <source>Choose the evidence to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="373"/>
        <source>Scans and documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="373"/>
        <source>Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="394"/>
        <source>Could not attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="403"/>
        <source>Save a copy outside FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="405"/>
        <source>The copy of {file} will leave the encrypted vault: anyone who can open the folder you choose can read it. Keep it only as long as you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="408"/>
        <source>Choose where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="414"/>
        <source>Save a copy of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="430"/>
        <source>Could not save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="440"/>
        <source>Subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="442"/>
        <source>FamilyCase will write everything it holds about {name} as a JSON file and a PDF. These files leave the encrypted vault: check them, remove what is about other people where the law allows, and delete them once they are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="446"/>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="452"/>
        <source>Folder for the subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="469"/>
        <source>Could not write the subject access export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="478"/>
        <source>Written outside FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/tab.py" line="479"/>
        <source>Written (not encrypted):
{files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="354"/>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="356"/>
        <source>None kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="66"/>
        <source>Record a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="73"/>
        <source>Dat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="76"/>
        <source>T&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="80"/>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="83"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="84"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="85"/>
        <source>&amp;Others present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="86"/>
        <source>e.g. school nurse, Gran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="90"/>
        <source>&amp;Who was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="94"/>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="97"/>
        <source>What you did, what the family said, what happens next. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="102"/>
        <source>&amp;Save contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="106"/>
        <source>Clea&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="111"/>
        <source>Contact note status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="177"/>
        <location filename="more_messages.py" line="358"/>
        <source>Contact note for {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="197"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/contact_entry.py" line="205"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="27"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="28"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="29"/>
        <source>Who was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="30"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="31"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="34"/>
        <location filename="../gui/family_file/contacts/tab.py" line="52"/>
        <source>Contact log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="39"/>
        <source>The selected contact note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="91"/>
        <source>No contacts recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/contacts/tab.py" line="104"/>
        <source>Seen: {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsTab</name>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="98"/>
        <source>Benefit for every pound spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="102"/>
        <source>The family&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="108"/>
        <source>Show the &amp;working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="110"/>
        <source>Every step from the unit cost to the figure, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="125"/>
        <source>What was avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="126"/>
        <source>Benefit (today&apos;s value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="127"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="128"/>
        <source>Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="129"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="130"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="131"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="132"/>
        <source>Assessed by, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="135"/>
        <location filename="../gui/family_file/costs/tab.py" line="215"/>
        <source>Prevented costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="138"/>
        <source>&amp;Add a prevented cost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="139"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="140"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="144"/>
        <source>What the family would probably have needed without the work, priced with published unit costs. Withdrawn lines are kept but never counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="154"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="155"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="156"/>
        <source>What it paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="157"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="158"/>
        <source>Agency paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="161"/>
        <location filename="../gui/family_file/costs/tab.py" line="216"/>
        <source>Costs of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="163"/>
        <source>Add a &amp;cost of the work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="164"/>
        <source>Remo&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="167"/>
        <source>Key worker time, flexible spend and other money spent on the work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="175"/>
        <source>Outcome area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="176"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="177"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="178"/>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="179"/>
        <source>Last confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="182"/>
        <location filename="../gui/family_file/costs/tab.py" line="217"/>
        <source>Outcomes achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="184"/>
        <source>Record an &amp;outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="185"/>
        <source>R&amp;emove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="188"/>
        <source>Changes achieved for the family&apos;s needs, and when they were last checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="196"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="197"/>
        <source>Services used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="198"/>
        <source>Where the figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="201"/>
        <source>Service use before the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="203"/>
        <source>Add service &amp;use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="204"/>
        <source>Remove&amp;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="207"/>
        <source>What the family used before the work started (where they started from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="214"/>
        <source>Cost records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="218"/>
        <source>Service use before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="250"/>
        <source>Could not read the cost records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="272"/>
        <source>Prevented costs ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="280"/>
        <source>Reading the cost records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="285"/>
        <source>No prevented costs or costs of the work recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="288"/>
        <source>Add what the work prevented and what it cost, and FamilyCase works out the benefit for every £1 spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="295"/>
        <source>No prevented costs counted yet, so there is no ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="298"/>
        <source>{ratio}: about £{x} of costs avoided for every £1 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="303"/>
        <source>No costs of the work recorded yet, so there is no ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="306"/>
        <source>Benefit {benefit} · Cost of the work {cost} · Net benefit {net} (today&apos;s values, everything recorded up to today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="316"/>
        <source>In {year} prices. Proposed and agreed lines count; withdrawn ones do not. The figures are cautious: see the working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="377"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="378"/>
        <source>Remove {what}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="379"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="382"/>
        <source>Could not remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="391"/>
        <source>the prevented cost “{what}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="399"/>
        <source>this cost of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="403"/>
        <source>this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/tab.py" line="406"/>
        <source>this service use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="364"/>
        <source>{code}: {value} {unit} ({year} prices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="366"/>
        <source>{hours} hours at {rate} = {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="368"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="370"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="372"/>
        <source>year not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="374"/>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="376"/>
        <source>Unit cost {code}: {value} {unit} in {year} prices, which is {now} in {report} prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="378"/>
        <source>× {n} (how many) × {d} (for how long), over {y} year(s) = {gross} before any adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="380"/>
        <source>× {p} chance it would have happened = {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="382"/>
        <source>Take off {d} that would have happened anyway (deadweight) = {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="384"/>
        <source>× {a} of the credit due to this work (attribution) = {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="386"/>
        <source>Take off {o} because the evidence is {e} (optimism bias) = {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="388"/>
        <source>In today&apos;s money (later years count for less: discounting) = {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="390"/>
        <source>(local figure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="392"/>
        <source>After the effect wears off in later years (drop-off) or falls beyond the time horizon = {v}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="394"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="396"/>
        <source>What the work cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="398"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="400"/>
        <source>Benefit {b} ÷ cost {c} = {r}: for every £1 spent, about £{x} of costs were avoided. Net benefit {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="402"/>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="404"/>
        <source>Each prevented cost starts from a published unit cost and is then reduced, step by step, so that the figure is cautious. Discount rate {rate} a year; years counted: {years}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="406"/>
        <source>{what}: {amount} as spent, {now} in {year} prices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="180"/>
        <source>Setting up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="182"/>
        <source>This takes a few seconds. Please leave FamilyCase open until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="185"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="193"/>
        <source>Setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="195"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="223"/>
        <source>Measuring this computer, to make your password slow to guess…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="227"/>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="237"/>
        <source>The vault is ready. Next, write down or print the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="245"/>
        <source>The vault could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <location filename="../gui/admin/retention.py" line="70"/>
        <source>Destroy {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="78"/>
        <source>Destroy the family file {reference}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="83"/>
        <source>This family&apos;s last episode closed on {closed}; the retention period ended on {ended}.

Destroying it deletes everything recorded about the family: people, notes, assessments, plans, consent and costs. The family&apos;s key is destroyed first, so even old backups of the vault can no longer be read. This cannot be undone. The audit log keeps only the reference and dates, no names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="97"/>
        <source>Type the family&apos;s reference to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="99"/>
        <source>&amp;Type the reference {reference} again to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="107"/>
        <source>&amp;Destroy for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="110"/>
        <source>Destroy for ever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="112"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="145"/>
        <source>Type the reference {reference} to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="more_messages.py" line="58"/>
        <source>Something went wrong and nothing was saved ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="60"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="64"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="66"/>
        <source>FamilyCase never makes a decision for you: it was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="68"/>
        <source>You have changed “{what}”. Save the changes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <location filename="more_messages.py" line="408"/>
        <source>Family &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="410"/>
        <source>e.g. Brambleford family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="412"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="414"/>
        <source>Address line &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="416"/>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="418"/>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="420"/>
        <source>Main &amp;language at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="422"/>
        <source>&amp;Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyCase</name>
    <message>
        <location filename="../gui/app.py" line="117"/>
        <location filename="more_messages.py" line="38"/>
        <source>Lock FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="119"/>
        <location filename="more_messages.py" line="44"/>
        <source>&amp;Discard and lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="202"/>
        <location filename="more_messages.py" line="50"/>
        <source>“{what}” could not be saved before FamilyCase locked: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/app.py" line="208"/>
        <location filename="more_messages.py" line="40"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="32"/>
        <source>FamilyCase locked itself because nobody used it for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="34"/>
        <source>No FamilyCase vault yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="36"/>
        <source>This is not a FamilyCase vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="42"/>
        <source>&lt;p&gt;{opening}&lt;/p&gt;&lt;p&gt;A vault is the encrypted file that holds your organisation&apos;s family files. To make one, start FamilyCase with an empty folder, or run one of these:&lt;/p&gt;&lt;p&gt;&lt;b&gt;To start using FamilyCase&lt;/b&gt; (you will be its first administrator):&lt;br&gt;&lt;code&gt;familycase --data {data} init --organisation &quot;Your organisation&quot; --admin yourname --name &quot;Your Name&quot;&lt;/code&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;To try it with made-up families&lt;/b&gt;:&lt;br&gt;&lt;code&gt;familycase --data {data} demo&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Then start FamilyCase again. To open a vault kept somewhere else, use &lt;code&gt;familycase --data FOLDER&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="46"/>
        <source>Your unsaved changes that were complete were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="48"/>
        <source>Changes that could not be saved as they were have been discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="52"/>
        <source>There is no FamilyCase vault in {folder} yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyDetailsDialog</name>
    <message>
        <location filename="../gui/family_file/household/details_dialog.py" line="78"/>
        <source>Family details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/details_dialog.py" line="83"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyFileSections</name>
    <message>
        <location filename="../gui/family_file/sections.py" line="20"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="21"/>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="22"/>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="23"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="44"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="46"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="48"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="50"/>
        <source>Work and tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="52"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="54"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="56"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="58"/>
        <source>Plan and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="60"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/sections.py" line="62"/>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyFileWindow</name>
    <message>
        <location filename="../gui/family_file/window.py" line="111"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="112"/>
        <source>Close this family file (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="129"/>
        <source>Sections of the family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="146"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="154"/>
        <source>Ctrl+{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="236"/>
        <source>{family} – {reference} – FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="245"/>
        <source>Tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="246"/>
        <source>Lead professional: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="246"/>
        <source>not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="247"/>
        <source>Consent to share: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="282"/>
        <source>Could not open the family file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="312"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/window.py" line="364"/>
        <source>Close the family file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FamilyWindows</name>
    <message>
        <location filename="../gui/family_file/windows.py" line="42"/>
        <source>No access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/windows.py" line="43"/>
        <source>You have not been given access to this family file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/windows.py" line="80"/>
        <source>Could not open the family</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../gui/session/first_run.py" line="348"/>
        <source>Set up FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="364"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="more_messages.py" line="70"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="72"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="74"/>
        <source>{label} is not a date we recognise (use a date such as 25/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="76"/>
        <source>{label} cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTab</name>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="38"/>
        <source>Edit family &amp;details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="41"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="43"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="51"/>
        <source>Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="52"/>
        <source>Role in household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="53"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="54"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="55"/>
        <source>School or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="56"/>
        <source>NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="59"/>
        <source>People in the family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="62"/>
        <source>&amp;Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="63"/>
        <source>&amp;Edit person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="64"/>
        <source>&amp;Remove person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="67"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="69"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="72"/>
        <source>Add a re&amp;lationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="73"/>
        <source>Edit relations&amp;hip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="75"/>
        <source>Remo&amp;ve relationship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="81"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="87"/>
        <source>How they are related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="117"/>
        <source>No address recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="119"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="121"/>
        <source>{language} (interpreter needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="128"/>
        <source>{role} (lives elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="130"/>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="222"/>
        <source>Remove a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="224"/>
        <source>Remove {name} from this family file? Their details and every relationship that names them will be deleted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="227"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="230"/>
        <source>Could not remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="265"/>
        <source>Remove a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="266"/>
        <source>Remove this relationship from the family file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="267"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/tab.py" line="270"/>
        <source>Could not remove the relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTaskDialog</name>
    <message>
        <location filename="../gui/common/long_task.py" line="64"/>
        <source>%v of %m families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/common/long_task.py" line="72"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/common/long_task.py" line="126"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="70"/>
        <source>FamilyCase — {organisation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="88"/>
        <location filename="more_messages.py" line="536"/>
        <source>&amp;My caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="89"/>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="90"/>
        <source>&amp;Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="100"/>
        <source>Which families to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="106"/>
        <location filename="more_messages.py" line="542"/>
        <source>Team &amp;overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="126"/>
        <source>Search names or reference  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="127"/>
        <source>Search families by name or reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="132"/>
        <location filename="more_messages.py" line="544"/>
        <source>&amp;New family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="135"/>
        <source>Start a family file from a referral (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="136"/>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="141"/>
        <source>Manage &amp;workers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="144"/>
        <source>Manage workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="145"/>
        <source>Add workers and disable their accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="150"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="153"/>
        <source>Lock FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="154"/>
        <source>Lock FamilyCase and hide every family (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="166"/>
        <source>Opening the family file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="209"/>
        <source>Signed in as {name}  ·  {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="243"/>
        <source>Team overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="350"/>
        <source>Quit FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="532"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="534"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="538"/>
        <source>&amp;Team caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="540"/>
        <source>&amp;Unallocated families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="546"/>
        <source>&amp;Open the selected family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="548"/>
        <source>&amp;Print panel summaries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="550"/>
        <source>&amp;Export summaries for my team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="552"/>
        <source>&amp;Import summary bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="554"/>
        <source>&amp;Cost-saving return and claims…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="556"/>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="558"/>
        <source>Wor&amp;kers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="560"/>
        <source>&amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="562"/>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="564"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="566"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="568"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="570"/>
        <source>&amp;Find a family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="572"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="574"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="41"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="43"/>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="53"/>
        <source>&amp;First name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="54"/>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="55"/>
        <source>&amp;Known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="57"/>
        <source>&amp;Role in household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="61"/>
        <source>Li&amp;ves in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="64"/>
        <source>&amp;Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="67"/>
        <source>E&amp;xpected date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="70"/>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="72"/>
        <source>&amp;School or setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="73"/>
        <source>Identifiers and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="75"/>
        <source>&amp;NHS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="78"/>
        <source>10 digits, e.g. 943 476 5919</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="80"/>
        <source>&amp;Unique Pupil Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="81"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="82"/>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="83"/>
        <source>Address, if not the family&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="84"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="85"/>
        <source>Address line &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="86"/>
        <source>&amp;Town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="87"/>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="88"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="137"/>
        <source>New person: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="137"/>
        <source>no name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/member_dialog.py" line="138"/>
        <source>Details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewFamilyDialog</name>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="74"/>
        <source>New family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="79"/>
        <source>Start a family file from a referral. You can add more people, agencies and notes in the family file afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="84"/>
        <source>The family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="86"/>
        <source>The referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="87"/>
        <source>Date &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="90"/>
        <source>Referred &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="94"/>
        <source>Re&amp;ferrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="95"/>
        <source>Name and role, e.g. Ms Patel, head teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="97"/>
        <source>Reason for &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="102"/>
        <source>The family &amp;consented to the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="107"/>
        <source>T&amp;ier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="111"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="117"/>
        <source>First name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="118"/>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="119"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="120"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="131"/>
        <source>Add &amp;another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="135"/>
        <source>Leave a last name blank to use the family&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="141"/>
        <source>&amp;Create the family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="179"/>
        <source>New family: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/new_family_dialog.py" line="179"/>
        <source>no name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="424"/>
        <source>First name(s) of person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="426"/>
        <source>Last name of person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="428"/>
        <source>Role of person {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="430"/>
        <source>Date of birth of person {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="23"/>
        <source>Record an outcome achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="29"/>
        <source>&amp;Outcome area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="33"/>
        <source>The &amp;need it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="34"/>
        <source>&amp;What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="38"/>
        <source>A &amp;positive outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="41"/>
        <source>&amp;Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="45"/>
        <source>Last &amp;confirmed as still held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="48"/>
        <source>For a claim, the change must still hold months later: when was it checked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="51"/>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/outcome_dialog.py" line="57"/>
        <source>Outcome achieved: {area}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesTab</name>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="87"/>
        <source>Earlier reading to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="89"/>
        <source>Later reading to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="94"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="96"/>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="108"/>
        <location filename="../gui/family_file/outcomes/tab.py" line="113"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="108"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="108"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="108"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="110"/>
        <source>Distance travelled per area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="113"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="113"/>
        <source>From stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="113"/>
        <source>To stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="115"/>
        <source>Stage changes between readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="128"/>
        <source>Each area is scored with the family from 1 (under pressure) to 10 (steady on our own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="133"/>
        <source>Distance travelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="136"/>
        <source>Stage changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="137"/>
        <source>No area has moved to another stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="162"/>
        <source>Could not show the outcome readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="189"/>
        <source>Take a reading by starting a Family Progress Measure on the Assessments tab and marking it complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="201"/>
        <source>No outcome readings yet. Two readings are needed to show change; the first is due by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="204"/>
        <source>No outcome readings yet. Two readings are needed to show change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="208"/>
        <source>One reading so far ({date}). Two readings are needed to show change; the next is due by the review on {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="212"/>
        <source>One reading so far ({date}). Two readings are needed to show change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="265"/>
        <source>Nothing to compare yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="272"/>
        <source>Of {n} areas scored both times: {up} better, {same} the same, {down} worse. {stages} moved up at least one stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/outcomes/tab.py" line="285"/>
        <source>{stage} (no change)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="47"/>
        <source>Share without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="53"/>
        <source>Only share without consent when there is a lawful reason, such as protecting a child from significant harm. Your team leader sees every decision recorded here. Record who decided, why, and until when it applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="60"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="62"/>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="65"/>
        <source>Agency &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="68"/>
        <source>For example: Northshire Children&apos;s Social Care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="71"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="74"/>
        <source>&amp;Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="79"/>
        <source>&amp;Reason for sharing without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="87"/>
        <source>&amp;Lawful basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="90"/>
        <source>A basis other than consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="93"/>
        <source>Legal &amp;gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="96"/>
        <source>For example: Children Act 1989, section 47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="99"/>
        <source>&amp;Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="102"/>
        <source>Who made the decision, and their role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="104"/>
        <source>Date of d&amp;ecision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="108"/>
        <source>Applies &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="111"/>
        <source>&amp;Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/override_dialog.py" line="117"/>
        <source>Decision to share {name}&apos;s information without consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelDialog</name>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="68"/>
        <location filename="../gui/sharing/panel_dialog.py" line="74"/>
        <source>Print panel summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="78"/>
        <source> and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="81"/>
        <source>One case summary for each of {families}: {names}. Only what each family agreed to share with the recipient is printed; the rest is marked WITHHELD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="90"/>
        <source>For example: Northshire MASH panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="95"/>
        <source>For example: should the family step up to tier 4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="101"/>
        <source>Optional, at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="104"/>
        <source>Where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="105"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="107"/>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="117"/>
        <source>Recipient &amp;agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="118"/>
        <source>Agency &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="119"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="120"/>
        <source>&amp;Question for the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="121"/>
        <source>PDF pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="127"/>
        <source>Save &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="129"/>
        <source>Save to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="132"/>
        <source>Progress preparing the summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="136"/>
        <source>What will be withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="141"/>
        <source>I understand what will be withheld, and that the PDF leaves the encrypted vault once saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="148"/>
        <source>&amp;Check what will be shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="152"/>
        <source>&amp;Save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="186"/>
        <source>A PDF password needs at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="190"/>
        <source>The agency name can be at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="226"/>
        <source>C&amp;heck again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="240"/>
        <source>{reference}: everything in the summary may be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="247"/>
        <source>{what} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="249"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="249"/>
        <source>{n} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="254"/>
        <source>{reference}: WITHHELD – {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="261"/>
        <source>What the consent gate decided for {recipient}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="265"/>
        <source>{n} item(s) will be shared without consent, under a recorded decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="268"/>
        <source>Withheld items are printed as WITHHELD, never left out silently. Every decision is written to each family&apos;s share log when the PDF is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="283"/>
        <source>Save the panel summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="285"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="298"/>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="319"/>
        <source>Panel summaries saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="321"/>
        <source>Saved to {path}.

This file has left the encrypted vault{protected}. Send it securely and delete it when the panel has met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="325"/>
        <source> (it needs the password to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/panel_dialog.py" line="340"/>
        <source>Stopped: nothing was produced and nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="35"/>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="40"/>
        <source>Type your current password, then the new one twice. A short phrase of several words is easiest to remember. Your families&apos; files are not re-encrypted: only the lock on your own keys changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="46"/>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="48"/>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="51"/>
        <source>At least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="53"/>
        <source>New password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="54"/>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="55"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="61"/>
        <source>Change of your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="68"/>
        <source>A password is only changed when you press Change password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="74"/>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/password_dialog.py" line="82"/>
        <source>The two new passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="158"/>
        <source>The family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="166"/>
        <source>Write the plan with {family}: what they want to be different, and the actions that will get there. Saving keeps the earlier version, so the plan as it stood at each review can still be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="175"/>
        <source>Add an &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="176"/>
        <source>Add an &amp;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="181"/>
        <source>e.g. Added the housing action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="183"/>
        <source>What the family wants to be different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="186"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="191"/>
        <source>What the &amp;family says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="196"/>
        <source>What &amp;changed in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="207"/>
        <source>&amp;Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/plan_dialog.py" line="236"/>
        <source>The family plan for {family}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="175"/>
        <location filename="../gui/family_file/plan/tab.py" line="265"/>
        <source>&amp;Edit the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="176"/>
        <source>Record a re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="178"/>
        <source>Plan version to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="180"/>
        <source>Ve&amp;rsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="184"/>
        <source>The family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="189"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="190"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="191"/>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="192"/>
        <source>Agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="193"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="194"/>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="197"/>
        <source>Reviews and TAF meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="199"/>
        <source>No reviews or TAF meetings recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="213"/>
        <source>Reviews and Team Around the Family meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="220"/>
        <source>Family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="244"/>
        <source>Could not show the family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="253"/>
        <source>The work with this family is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="255"/>
        <source>Next review due: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="258"/>
        <source>First outcome reading due by {first}; review meeting due {review}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="265"/>
        <source>&amp;Write the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="270"/>
        <source>Version {n} N{EM DASH} {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="274"/>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="289"/>
        <source>(apologies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="318"/>
        <source>There is no family plan yet. Write it with the family after the assessment: what they want to be different, and who will do what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/tab.py" line="372"/>
        <source>Could not record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="442"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="444"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="446"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="448"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="450"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="452"/>
        <source>TAF meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="454"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="456"/>
        <source>e.g. The children get to school on time every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="458"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="460"/>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="462"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="464"/>
        <source>e.g. Demoford Primary School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="466"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="468"/>
        <source>Agency type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="470"/>
        <source>Who will do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="472"/>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="474"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="476"/>
        <source>Outcome {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="478"/>
        <source>Remove outcome {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="480"/>
        <source>Action {n}: agency type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="482"/>
        <source>Action {n}: status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="484"/>
        <source>Remove action {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="486"/>
        <source>Action {n}: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="488"/>
        <source>Needs it addresses: {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="490"/>
        <source>Action {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="492"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="494"/>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="496"/>
        <source>e.g. Mum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="498"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="500"/>
        <source>Came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="502"/>
        <source>Person {n}: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="504"/>
        <source>Person {n}: role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="506"/>
        <source>Person {n}: agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="508"/>
        <source>Person {n}: agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="510"/>
        <source>Person {n} came (untick: sent apologies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="512"/>
        <source>Action {n}: progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="514"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="516"/>
        <source>Works towards / needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="518"/>
        <source>What the family wants to be different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="520"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="522"/>
        <source>No outcomes written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="524"/>
        <source>No actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="526"/>
        <source>What the family says about the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="528"/>
        <source>Version {n}, saved {date} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="530"/>
        <source>Achieved {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="6"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="27"/>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="36"/>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="46"/>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="49"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="56"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="66"/>
        <source>Language of FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../ui/preferences_dialog.ui" line="75"/>
        <source>FamilyCase locks itself when nobody has used it for this long, and asks for your password again. Unsaved work is saved first when it can be; anything that cannot be saved is shown with a countdown before it is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/preferences_dialog.py" line="47"/>
        <source>As the computer is set ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/preferences_dialog.py" line="53"/>
        <source>A new language shows from the next time you unlock FamilyCase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreventedCostDialog</name>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="189"/>
        <source>Change a prevented cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="189"/>
        <source>Add a prevented cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="207"/>
        <source>Something the family would probably have needed without your work, priced with a published unit cost. Be realistic: the figures are reduced for how likely it was, what would have happened anyway and how good the evidence is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="213"/>
        <source>&amp;What was avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="214"/>
        <source>For example: the youngest child going into care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="216"/>
        <source>&amp;Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="219"/>
        <source>Search the GMCA unit cost database and your organisation&apos;s local costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="224"/>
        <source>Kept as recorded: {value} {unit} ({year} prices). Choose another to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="232"/>
        <source>How &amp;many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="235"/>
        <source>How many times, people or placements (for example 3 A&amp;E visits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="238"/>
        <source>For how &amp;long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="242"/>
        <source>How many of the unit cost&apos;s units each one lasts: 52 for a year at a weekly cost, 1 for a one-off cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="247"/>
        <source>Duration &amp;unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="247"/>
        <source>For example: weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="249"/>
        <source>How sure are we?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="251"/>
        <source>&amp;Likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="257"/>
        <source>&amp;Evidence strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="263"/>
        <source>&amp;Deadweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="269"/>
        <source>&amp;Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="274"/>
        <source>Who gains, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="276"/>
        <source>&amp;Benefit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="281"/>
        <source>Cas&amp;hable: a budget is actually freed up (public money only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="288"/>
        <source>For how many &amp;years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="291"/>
        <source>1 for a one-off saving; the cost is counted again in each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="294"/>
        <source>D&amp;rop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="297"/>
        <source>Drop-off: how much of the effect wears off each year after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="299"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="301"/>
        <source>&amp;Outcome area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="305"/>
        <source>Not linked to an outcome area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="311"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="314"/>
        <source>Only a team leader can agree a line (for example at a closure review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="316"/>
        <source>Assessed &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="320"/>
        <source>&amp;Why we think so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="323"/>
        <source>What made it likely: for example a strategy discussion, a notice served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="329"/>
        <source>&amp;Save prevented cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="353"/>
        <source>a prevented cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="354"/>
        <source>Prevented cost: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="360"/>
        <source>price year not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="362"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="more_messages.py" line="858"/>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="860"/>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="862"/>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="more_messages.py" line="828"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="830"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="832"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="834"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="836"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="838"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="840"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="more_messages.py" line="774"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="776"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="778"/>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="780"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="782"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="784"/>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="786"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="788"/>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="790"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="792"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="794"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="796"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="798"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="800"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="802"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="804"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="806"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="808"/>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="more_messages.py" line="842"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="844"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="846"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="848"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="850"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="852"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="854"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="856"/>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="more_messages.py" line="810"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="812"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="814"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="816"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="818"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="820"/>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="822"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="824"/>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="826"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Radar</name>
    <message>
        <location filename="more_messages.py" line="432"/>
        <source>Outcome radar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="434"/>
        <source>First reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="436"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="438"/>
        <source>Latest reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="440"/>
        <source>A radar chart needs at least three areas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <location filename="more_messages.py" line="576"/>
        <source>Kept by: ______________________   Where: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="578"/>
        <source>This key opens every family file in this organisation&apos;s FamilyCase vault. Use it only if workers lose their passwords, or to check the whole vault. Keep this page locked away (for example in a safe) and away from the computer. FamilyCase does not keep a copy: if it is lost, it cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="580"/>
        <source>Organisation: {organisation}. Made on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="582"/>
        <source>FamilyCase organisation recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="256"/>
        <source>Your organisation recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="259"/>
        <source>This key opens every family file if workers lose their passwords. It is shown only now: FamilyCase does not keep a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="265"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="274"/>
        <source>&lt;b&gt;Print this key, or write it down carefully, and lock it away&lt;/b&gt; (for example in the office safe), away from this computer. Do not photograph it, email it or save it in a file. It uses only the letters A to Z and the digits 2 to 7, so there is no zero or one to mistake for O or I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="282"/>
        <source>&amp;Print the recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="287"/>
        <source>I have printed or &amp;written down the recovery key and stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="289"/>
        <source>I have stored the recovery key safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="315"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="325"/>
        <source>Sent to the printer. Check the page before you tick the box below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="327"/>
        <source>The printer could not be used. Write the key down instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="39"/>
        <source>Add a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="39"/>
        <source>Edit relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="47"/>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="49"/>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="53"/>
        <source>Related &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="54"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/household/relationship_dialog.py" line="66"/>
        <source>Relationship: {a} {kind} {b}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <location filename="../gui/admin/retention.py" line="189"/>
        <source>Retention – FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="204"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="206"/>
        <source>Retention period in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="207"/>
        <source>Retention &amp;period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="209"/>
        <source>&amp;Change the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="229"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="229"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="229"/>
        <source>Retention ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="231"/>
        <location filename="../gui/admin/retention.py" line="251"/>
        <source>Families past their retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="236"/>
        <source>&amp;Destroy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="238"/>
        <source>Destroy the chosen family file for ever, after typing its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="241"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="247"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="279"/>
        <source>your team&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="281"/>
        <source>the organisation&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="285"/>
        <source>When all of a family&apos;s episodes are closed, the file is kept for {years} years after the last closure, then listed here to be destroyed. This lists {whose} families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="305"/>
        <source>No family is past its retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="342"/>
        <source>The retention period is now {years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/retention.py" line="364"/>
        <source>{reference} has been destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnToDraftDialog</name>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="24"/>
        <source>Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="32"/>
        <source>“{form}” goes back to the worker as a draft. Say what needs more work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="37"/>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="38"/>
        <source>&amp;Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/return_to_draft_dialog.py" line="43"/>
        <source>Returning “{form}” to draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsDialog</name>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="68"/>
        <location filename="../gui/costs/returns_dialog.py" line="74"/>
        <source>Cost-saving return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="78"/>
        <source>Adds up what early help prevented for the families you choose: the costs avoided, what the work cost and the benefit for every £1 spent, by agency and by outcome area. Only prevented costs assessed, and money spent, in the period count. You need to hold a family&apos;s key for it to be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="94"/>
        <source>Every family I can open in my team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="96"/>
        <source>Every family I can open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="98"/>
        <source>The {n} selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="102"/>
        <source>Families selected in the list (none selected: close, select, reopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="122"/>
        <source>% a year (HM Treasury Green Book: 3.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="126"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="130"/>
        <source>How many years of savings to count; anything later is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="137"/>
        <source>Every amount is shown in this financial year&apos;s prices; older unit costs are uprated. Leave blank for the year the period ends in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="142"/>
        <source>Count &amp;agreed lines only (not proposed ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="144"/>
        <source>CS&amp;V (one table, for other systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="145"/>
        <source>E&amp;xcel workbook (with formulas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="147"/>
        <source>P&amp;DF (with charts, to print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="155"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="157"/>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="167"/>
        <source>Period &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="168"/>
        <source>Period &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="169"/>
        <source>&amp;Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="170"/>
        <source>Disc&amp;ount rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="171"/>
        <source>Years &amp;counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="172"/>
        <source>&amp;Prices of year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="174"/>
        <source>Formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="175"/>
        <source>Save in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="186"/>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="187"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="189"/>
        <source>&amp;Make the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="193"/>
        <source>C&amp;laims check (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="197"/>
        <source>Which families meet the Supporting Families outcome rules (a lead practitioner, an assessment, a plan, and each need&apos;s positive outcome held for 6 months), as a CSV in the same folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="242"/>
        <source>All amounts will be in {year} prices. The files leave the encrypted vault: they name families by FamilyCase reference only (no names), but are still OFFICIAL-SENSITIVE. Keep them with the organisation&apos;s records and share them only with those who need them. Each file saved is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="265"/>
        <source>Give the period as dates, such as 01/04/2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="267"/>
        <source>The period must end on or after the day it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="272"/>
        <source>Discount rate must be a number of per cent, such as 3.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="280"/>
        <source>The discount rate or years counted cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="292"/>
        <source>Prices of year must be a financial year, such as 2025-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="308"/>
        <source>Choose the folder to save in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="320"/>
        <source>Tick at least one format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="359"/>
        <source>
{n} could not be opened and are listed as left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="366"/>
        <source>Cost-saving return saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="368"/>
        <source>Saved (not encrypted):
{files}

{counted} counted, in {year} prices.{skipped}

These files have left the encrypted vault: share them only with those who need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="385"/>
        <source>Claims check saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="387"/>
        <source>Saved (not encrypted):
{file}

One row per family, by reference only. It has left the encrypted vault: share it only with those who need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="396"/>
        <source>Folder for the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="406"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/costs/returns_dialog.py" line="409"/>
        <source>Stopped: nothing was produced and no file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="113"/>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="121"/>
        <source>A review with {family}, or a Team Around the Family meeting. Progress on the actions updates the plan (as a new version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="126"/>
        <source>&amp;Date held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="129"/>
        <source>&amp;Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="133"/>
        <source>Who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="139"/>
        <source>Add a &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="142"/>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="147"/>
        <source>Progress on the actions (plan version {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="152"/>
        <source>Progress (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="164"/>
        <source>What was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="165"/>
        <source>De&amp;cisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="167"/>
        <source>What the &amp;family said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="173"/>
        <source>&amp;Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="176"/>
        <source>Agreed at the meeting; left blank, the review rhythm sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="178"/>
        <source>&amp;Record the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/plan/review_dialog.py" line="191"/>
        <source>The review for {family}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../gui/sharing/actions.py" line="36"/>
        <source>Print panel summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="37"/>
        <source>Choose one or more families in the list first (Ctrl+click for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="62"/>
        <source>Folder to put the summary bundle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="71"/>
        <source>Could not export the summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="77"/>
        <source>Summaries exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="79"/>
        <source>Saved {file}.

It is encrypted for your team leader and manager and signed by you: only they can open it. Copy it to the team&apos;s shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="86"/>
        <source>Choose summary bundles to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="92"/>
        <source>Summary bundles (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="93"/>
        <source>Any file (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="113"/>
        <source>Could not import the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="118"/>
        <source>Imported: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="118"/>
        <source>Not imported: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="124"/>
        <source>Summary bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/sharing/actions.py" line="124"/>
        <source>No files chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpendDialog</name>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="24"/>
        <source>Add a cost of the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="30"/>
        <source>What the work cost: key worker time (hours and an hourly rate) or money spent (flexible spend, a personal budget, a commissioned service). Give an amount, or the hours and the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="37"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="39"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="41"/>
        <source>&amp;What it paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="42"/>
        <source>&amp;Amount (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="43"/>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="44"/>
        <source>Hourly &amp;rate (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="45"/>
        <source>Agency &amp;paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="46"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/spend_dialog.py" line="52"/>
        <source>Cost of the work: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartAssessmentDialog</name>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="32"/>
        <source>Start a new assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="39"/>
        <source>Choose the form. A family form is about everyone who lives in the household; a form about one person needs that person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="47"/>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="53"/>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="56"/>
        <source>&amp;Date of the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="60"/>
        <source>Some of your service&apos;s own forms could not be loaded:
{errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="69"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="83"/>
        <source>Everyone who lives in the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/assessments/start_dialog.py" line="97"/>
        <source>Starting an assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../gui/team/overview.py" line="127"/>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="128"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="129"/>
        <source>Families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="130"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="131"/>
        <source>By tier (1 · 2 · 3 · 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="132"/>
        <location filename="../gui/team/overview.py" line="144"/>
        <source>Reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="133"/>
        <source>No recent contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="136"/>
        <source>Workers&apos; caseloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="140"/>
        <source>The worker&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="142"/>
        <source>Waiting for allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="147"/>
        <source>No contact for more than {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="151"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="152"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="153"/>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="154"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="155"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="156"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="157"/>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="158"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="159"/>
        <source>Where the file is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="162"/>
        <source>Every team family, with imported summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="171"/>
        <source>Every family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="174"/>
        <source>&amp;Allocate or change lead professional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="177"/>
        <source>&amp;Open family file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="178"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="178"/>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="206"/>
        <source>tier {n} = {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="210"/>
        <source>Caseload weight counts each open family by its tier ({weights}). Choose a worker to see their families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="226"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="248"/>
        <source>{n} open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="249"/>
        <source>{n} waiting for allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="251"/>
        <source>{n} with no contact for more than {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="259"/>
        <source>No longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="280"/>
        <source>Waiting for allocation ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="281"/>
        <source>Reviews overdue ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="282"/>
        <source>No recent contact ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="301"/>
        <source>(no access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="302"/>
        <source>Not allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="314"/>
        <source>Every family ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="316"/>
        <source>Every family ({n}, {m} from summaries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="323"/>
        <source>In this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="325"/>
        <source>Summary from {sender}, imported {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="344"/>
        <source>A worker&apos;s families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="350"/>
        <source>{name}&apos;s families ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="390"/>
        <source>{families}, weight {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/team/overview.py" line="425"/>
        <location filename="more_messages.py" line="584"/>
        <source>Some people: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierDialog</name>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="33"/>
        <source>Step up or step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="41"/>
        <source>{family} is at tier {tier} now. Stepping up to tier 4 hands the family to children&apos;s social care; stepping down brings them back to early help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="49"/>
        <source>New &amp;tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="54"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="56"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="58"/>
        <source>Why the family is moving tier, and who decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="62"/>
        <source>&amp;Record the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="73"/>
        <source>This is a step up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="75"/>
        <source>This is a step down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tier_dialog.py" line="79"/>
        <source>Tier change for {family}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="35"/>
        <source>Timeline of the family&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="42"/>
        <source>Everything recorded in this family&apos;s file, newest first: referrals, tier changes, lead professionals, contacts and closure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="56"/>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="77"/>
        <source>Seen: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/timeline/tab.py" line="79"/>
        <source>Decided by {who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCostPicker</name>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="102"/>
        <source>Search: foster, A&amp;E, eviction, police, SS2.0…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="103"/>
        <source>Search the unit costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="107"/>
        <source>Matching unit costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="153"/>
        <source>No unit cost chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/prevented_cost_dialog.py" line="156"/>
        <source>Chosen: {text}. Source: {citation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../gui/session/unlock.py" line="72"/>
        <source>Unlock FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="75"/>
        <source>FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="77"/>
        <source>Family case files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="81"/>
        <source>Family files are kept encrypted. Enter your password to open your caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="88"/>
        <source>&lt;b&gt;Demo vault&lt;/b&gt;: every family in it is made up.&lt;br&gt;Every demo user&apos;s password is &lt;b&gt;{password}&lt;/b&gt;; try &apos;&lt;b&gt;sam&lt;/b&gt;&apos; (team leader) or &apos;&lt;b&gt;priya&lt;/b&gt;&apos; (key worker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="96"/>
        <source>Demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="102"/>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="109"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="111"/>
        <source>Your user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="122"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="123"/>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="131"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="133"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="139"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="145"/>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="147"/>
        <source>Checking your password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="153"/>
        <location filename="../gui/session/unlock.py" line="157"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="158"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="230"/>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="234"/>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="269"/>
        <location filename="../gui/session/unlock.py" line="298"/>
        <source>The user name or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="273"/>
        <source>FamilyCase could not unlock: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="286"/>
        <source>The user name or password is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="294"/>
        <source>You can try again in 1 second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/unlock.py" line="296"/>
        <source>You can try again in {n} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="more_messages.py" line="78"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="80"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="82"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="84"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="86"/>
        <source>&lt;p&gt;These changes have not been saved:&lt;/p&gt;{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="88"/>
        <source>&lt;p&gt;Nothing was saved, because some of it cannot be saved as it is:&lt;/p&gt;{items}&lt;p&gt;Put these right, or choose Discard.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="90"/>
        <source>“{what}” could not be saved: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../gui/session/first_run.py" line="64"/>
        <source>Welcome to FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="67"/>
        <source>FamilyCase keeps your organisation&apos;s family files encrypted. This sets up a new, empty vault and makes you its first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="75"/>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="76"/>
        <source>e.g. Anyshire Council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="77"/>
        <source>First &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="78"/>
        <source>The vault will be kept in: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="92"/>
        <source>Enter your organisation&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/session/first_run.py" line="95"/>
        <source>Enter the name of the first team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="179"/>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="187"/>
        <source>{name}&apos;s consent given on {date} will stop allowing any sharing from the date below. This cannot be undone: if they agree again, record new consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="192"/>
        <source>&amp;Date withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="195"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="197"/>
        <source>What the person said, and how (in their words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="198"/>
        <source>&amp;Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/consent/consent_dialog.py" line="204"/>
        <source>Withdrawal of {name}&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="more_messages.py" line="92"/>
        <source>Deadweight: how much of the change would have happened anyway, without the work. 20% means one time in five things would have got better on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="94"/>
        <source>Attribution: how much of the change is down to this work rather than other services or the family&apos;s own efforts. 70% means this work gets 70% of the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="96"/>
        <source>Optimism bias: people tend to over-estimate what they prevented, so a share is taken off, more when the evidence is weaker (none for strong, 10% moderate, 25% weak, 40% anecdotal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="98"/>
        <source>How likely it was to happen without the work. 40% means it would probably not have happened, but there was a real risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="100"/>
        <source>Discounting: money saved in later years counts for a little less than money saved now (HM Treasury&apos;s Green Book uses 3.5% a year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="102"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="104"/>
        <source>1 family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="106"/>
        <source>1 review overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="108"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="110"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="112"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="114"/>
        <source>no costs recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="116"/>
        <source>Awaiting allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="118"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="120"/>
        <source>Stepped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="122"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="124"/>
        <source>Universal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="126"/>
        <source>Early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="128"/>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="130"/>
        <source>Complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="132"/>
        <source>Key worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="134"/>
        <source>Team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="136"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="138"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="140"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="142"/>
        <source>Step-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="144"/>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="146"/>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="148"/>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="150"/>
        <source>Unborn child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="152"/>
        <source>Other adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="154"/>
        <source>Wider family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="156"/>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="158"/>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="160"/>
        <source>Non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="162"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="164"/>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="166"/>
        <source>Prefers not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="168"/>
        <source>is a parent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="170"/>
        <source>is a step-parent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="172"/>
        <source>is a grandparent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="174"/>
        <source>is a carer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="176"/>
        <source>is a brother or sister of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="178"/>
        <source>is a half-brother or half-sister of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="180"/>
        <source>is the partner of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="182"/>
        <source>is the ex-partner of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="184"/>
        <source>is otherwise related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="186"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="188"/>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="190"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="192"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="194"/>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="196"/>
        <source>The person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="198"/>
        <source>Someone with parental responsibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="200"/>
        <source>A young person under 16 assessed as competent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="202"/>
        <source>A legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="204"/>
        <source>Written (signed form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="206"/>
        <source>Verbal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="208"/>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="210"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="212"/>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="214"/>
        <source>Legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="216"/>
        <source>Vital interests (to protect someone&apos;s life)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="218"/>
        <source>Public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="220"/>
        <source>Legitimate interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="222"/>
        <source>Shared with consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="224"/>
        <source>Shared without consent (recorded decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="226"/>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="228"/>
        <source>{n} families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="230"/>
        <source>{n} reviews overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="232"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="234"/>
        <source>Shared, some withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="236"/>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="238"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="240"/>
        <source>Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="242"/>
        <source>Summary bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="244"/>
        <source>Recorded by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="246"/>
        <source>Strong: recorded, local and recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="248"/>
        <source>Moderate: a professional judgement backed by records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="250"/>
        <source>Weak: a judgement with little to back it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="252"/>
        <source>Anecdotal: what someone said might happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="254"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="256"/>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="258"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="260"/>
        <source>Anecdotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="262"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="264"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="266"/>
        <source>Withdrawn (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="268"/>
        <source>Public money (a service&apos;s budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="270"/>
        <source>The wider economy (earnings, work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="272"/>
        <source>Wellbeing and quality of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="274"/>
        <source>Key worker time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="276"/>
        <source>Flexible spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="278"/>
        <source>Personal budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="280"/>
        <source>Commissioned service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="694"/>
        <source>Assessment and planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="696"/>
        <source>Team Around the Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="698"/>
        <source>Referral to a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="700"/>
        <source>Monitoring and reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="702"/>
        <source>Basic details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="704"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="706"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="708"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="710"/>
        <source>Social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="712"/>
        <source>Crime and anti-social behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="714"/>
        <source>Domestic abuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="716"/>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="718"/>
        <source>Housing and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="720"/>
        <source>Assessment and family plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="722"/>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkTab</name>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="47"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="48"/>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="49"/>
        <location filename="../gui/family_file/work/tab.py" line="73"/>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="50"/>
        <source>Family agreed to the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="51"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="52"/>
        <source>Referrer told the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="68"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="69"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="70"/>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="71"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="72"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="76"/>
        <source>Tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="78"/>
        <source>Step &amp;up or down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="79"/>
        <source>&amp;Close this episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <location filename="../gui/family_file/work/tab.py" line="107"/>
        <source>Lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="84"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="86"/>
        <source>Lead professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="88"/>
        <location filename="../gui/family_file/work/tab.py" line="135"/>
        <source>Change lead &amp;professional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="99"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="102"/>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="137"/>
        <source>Allocate a lead &amp;professional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="154"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="161"/>
        <source>&lt;b&gt;Closed on {date}&lt;/b&gt;: {reason}.&lt;br&gt;Exit plan: {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="168"/>
        <source>Tier now: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="170"/>
        <source>First tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="171"/>
        <source>Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="172"/>
        <source>Step down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="194"/>
        <source>Lead professional now: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="196"/>
        <source>No lead professional is allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="206"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/work/tab.py" line="216"/>
        <source>Earlier episodes of work: {n} (see the Timeline).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkersWindow</name>
    <message>
        <location filename="../gui/admin/workers.py" line="179"/>
        <source>Workers – FamilyCase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="190"/>
        <source>Everyone who can sign in to FamilyCase on this vault. A disabled worker can no longer sign in; their record stays, so the audit log still names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="200"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="202"/>
        <location filename="../gui/admin/workers.py" line="218"/>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="205"/>
        <source>&amp;Add a worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="208"/>
        <source>&amp;Disable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="210"/>
        <source>Stop the chosen worker signing in; their families go back to unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="212"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="255"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="255"/>
        <source>No (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="263"/>
        <source>{active} active, {disabled} disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="311"/>
        <source>Disable {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="313"/>
        <source>{name} ({username}) will no longer be able to sign in, and loses access to every family file. The families they are lead professional for go back to the unallocated queue, for their team leader to allocate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="319"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/admin/workers.py" line="320"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingDialog</name>
    <message>
        <location filename="../gui/family_file/costs/working.py" line="148"/>
        <source>How the figures were worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/family_file/costs/working.py" line="151"/>
        <source>The working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caseload</name>
    <message>
        <location filename="more_messages.py" line="586"/>
        <source>(damaged record: run verify)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="588"/>
        <source>(no access)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="more_messages.py" line="14"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="16"/>
        <source>No consent to share has been recorded for anyone in the family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="18"/>
        <source>Consent to share is in force for {n} of the {people} people in the family file. Each person&apos;s consent covers only what they agreed to: open the Consent section for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="20"/>
        <source>{n} of 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="22"/>
        <source>{n} of {people} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="24"/>
        <source>{n} expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="26"/>
        <source>{n} expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="28"/>
        <source>{n} withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="30"/>
        <source>{n} not started yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../gui/common/crash.py" line="40"/>
        <location filename="more_messages.py" line="54"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/common/crash.py" line="41"/>
        <location filename="more_messages.py" line="56"/>
        <source>FamilyCase met an unexpected problem. What you had already saved is safe. If it happens again, tell your administrator what you were doing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="more_messages.py" line="590"/>
        <source>Only team leaders and managers can see the team view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="592"/>
        <source>Say why this worker is being allocated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="more_messages.py" line="594"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="596"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="598"/>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="600"/>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="602"/>
        <source>Referrer told the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="604"/>
        <source>Stepped up from tier {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="606"/>
        <source>Stepped down from tier {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="608"/>
        <source>Exit plan: {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="610"/>
        <source>{kind} ({duration})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="612"/>
        <source>Referral received from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="614"/>
        <source>{worker} became lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="616"/>
        <source>Referral decision: {decision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="618"/>
        <source>Tier set to {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="620"/>
        <source>Episode closed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="622"/>
        <source>{worker} stopped being lead professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="624"/>
        <source>Universal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="626"/>
        <source>Early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="628"/>
        <source>Targeted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="630"/>
        <source>Complex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="632"/>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="634"/>
        <source>Early years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="636"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="638"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="640"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="642"/>
        <source>Children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="644"/>
        <source>Youth justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="646"/>
        <source>Adult services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="648"/>
        <source>Employment support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="650"/>
        <source>Voluntary sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="652"/>
        <source>The family themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="654"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="656"/>
        <source>Outcomes achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="658"/>
        <source>Stepped up to children&apos;s social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="660"/>
        <source>Stepped down to universal services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="662"/>
        <source>Family withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="664"/>
        <source>Family stopped engaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="666"/>
        <source>Family moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="668"/>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="670"/>
        <source>Accepted for early help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="672"/>
        <source>Signposted to other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="674"/>
        <source>No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="676"/>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="678"/>
        <source>Joint visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="680"/>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="682"/>
        <source>School visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="684"/>
        <source>TAF meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="686"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="688"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="690"/>
        <source>Text, email or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="692"/>
        <source>No access visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="more_messages.py" line="740"/>
        <source>is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="742"/>
        <source>cannot be left blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="744"/>
        <source>is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="746"/>
        <source>is not a date we recognise (use a date such as 25/11/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="748"/>
        <source>must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="750"/>
        <source>is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="752"/>
        <source>is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="754"/>
        <source>is not one of the choices offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="756"/>
        <source>must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="758"/>
        <source>must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="760"/>
        <source>must be an ordinary number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="762"/>
        <source>must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="764"/>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="766"/>
        <source>must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="768"/>
        <source>must be a set of named values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="770"/>
        <source>is not a field FamilyCase knows (check the spelling).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="772"/>
        <source>needs at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="864"/>
        <source>A question has been answered twice for the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="866"/>
        <source>A person is listed twice in who the assessment is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="868"/>
        <source>The review or expiry date must be after the date consent was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="870"/>
        <source>A young person under 16 can consent for themselves only once their competence to decide has been assessed; tick &apos;Competence assessed&apos; or record who has parental responsibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="872"/>
        <source>Consent cannot be withdrawn before it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="874"/>
        <source>Sharing without consent needs a lawful basis other than consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="876"/>
        <source>An override cannot end before it was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="878"/>
        <source>the unit cost database has no categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="880"/>
        <source>the unit cost database has a category that is not a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="882"/>
        <source>must be a financial year such as 2024-25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="884"/>
        <source>cannot divide by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="886"/>
        <source>must be a number such as 0.25 or a fraction such as 1/4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="888"/>
        <source>Give either a GMCA code or a local value, not both and not neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="890"/>
        <source>A GMCA code brings its own source and unit; give a local value to use others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="892"/>
        <source>A local unit cost needs its price year and its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="894"/>
        <source>Give either one agency or a split between agencies, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="896"/>
        <source>Only a fiscal benefit can be cashable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="898"/>
        <source>Give either a proportion or the numbers achieving and in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="900"/>
        <source>The scenario has nothing to evaluate: add prevented costs, intervention costs, budget pressures or a cohort comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="902"/>
        <source>Reporting price year is required when the scenario has amounts of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="904"/>
        <source>Give either a profile over years or a first year, number of years and drop-off, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="906"/>
        <source>Each year can appear only once in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="908"/>
        <source>The shares of the split between agencies must add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="910"/>
        <source>Each agency can appear only once in the split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="912"/>
        <source>Give both the number achieving and the number in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="914"/>
        <source>More people achieved the outcome than are in the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="916"/>
        <source>The first line of the address cannot be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="918"/>
        <source>The date of birth is more than 120 years ago; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="920"/>
        <source>A person cannot be related to themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="922"/>
        <source>The involvement cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="924"/>
        <source>An unborn child needs an expected date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="926"/>
        <source>An unborn child has no date of birth yet; change their role once born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="928"/>
        <source>The expected date of birth must be within the next 10 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="930"/>
        <source>Only an unborn child has an expected date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="932"/>
        <source>An NHS number can only contain digits, spaces and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="934"/>
        <source>This is not a valid NHS number; please check it was typed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="936"/>
        <source>This NHS number&apos;s last digit does not match the others; please check it was typed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="938"/>
        <source>After its first letter, a Unique Pupil Number has 11 digits and then a digit or a letter; the letters I, O and S are never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="940"/>
        <source>This Unique Pupil Number&apos;s first letter does not match the rest; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="942"/>
        <source>This does not look like a UK postcode (for example SW1A 1AA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="944"/>
        <source>A phone number can only contain digits, spaces, hyphens and brackets, with a + only at the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="946"/>
        <source>A UK phone number starts with 0 or +44.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="948"/>
        <source>This does not look like a UK phone number; please check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="950"/>
        <source>Please enter an email address, for example name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="952"/>
        <source>An email address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="954"/>
        <source>An email address needs exactly one @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="956"/>
        <source>An email address needs a name before the @ sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="958"/>
        <source>The part of an email address after the @ sign should be a domain such as example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="960"/>
        <source>This looks like a phone number from outside the UK; please enter a UK number starting with 0 or +44.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="962"/>
        <source>Progress was recorded for an action that is not in the plan reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="964"/>
        <source>Two outcomes or two actions have the same id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="966"/>
        <source>The next review must be after this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="968"/>
        <source>An action&apos;s progress is recorded twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="970"/>
        <source>Record at least one person who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="972"/>
        <source>The first reading should be due before the first review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="974"/>
        <source>cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="976"/>
        <source>The decision cannot come before the referral was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="978"/>
        <source>Give the date the decision was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="980"/>
        <source>A step up or step down needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="982"/>
        <source>A step up or step down needs the tier it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="984"/>
        <source>A step up must move to a higher tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="more_messages.py" line="986"/>
        <source>A step down must move to a lower tier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
