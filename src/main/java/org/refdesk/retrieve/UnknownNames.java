package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.index.PublicationIndex;

/**
 * Organisations a question names that the library holds nothing by: a run of capitalised words closing with an
 * organisation word ("Shared Hope International", "the Freedom Fund", "the Labour Party", "the Labour party")
 * that is no name the collection knows and whose words no report's authors or organisations carry together. Such
 * a name is a subject the library lacks, like a word no record uses. Thread-safe.
 */
final class UnknownNames {

    private static final Pattern ORGANISATION = Pattern.compile("\\b((?:\\p{Lu}[\\p{L}&'-]*\\s+){1,4}"
            + "(?:International|Foundation|Institute|Organi[sz]ation|Network|Alliance|Coalition|Council|Centre|Center"
            + "|Association|Society|Trust|Fund|Project|Initiative|Agency|Commission|Committee|Campaign|Forum"
            + "|Partnership|Collective|Party|Union|Federation|League|Club|Bank|Company|Corporation|Authority|Board"
            + "|(?i:party|union|federation|league|club|bank|company|corporation)))\\b");

    private final PublicationIndex index;

    UnknownNames(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** The organisation names in {@code text} that none of the {@code known} mentions (found in it) covers. */
    List<String> in(String text, List<Mention> known) {
        List<String> out = new ArrayList<>();
        Matcher m = ORGANISATION.matcher(text);
        while (m.find()) {
            // "the Labour party": a closing word in lower case only after a name inside the sentence, since any
            // first word is capitalised ("Trade union rights")
            String name = m.group(1);
            boolean lowerCloser = Character.isLowerCase(name.charAt(name.lastIndexOf(' ') + 1));
            if (lowerCloser && text.substring(0, m.start()).isBlank()) {
                continue;
            }
            // a name the collection knows ends where this one does ("the Walk Free Foundation"); a known surname
            // inside it ("Shared") does not make it known
            int end = m.end(1);
            int last = text.lastIndexOf(' ', end - 1) + 1;
            boolean named = known.stream().anyMatch(k -> k.start() < end && k.end() > last);
            if (!named && index.search().countNaming(m.group(1)) == 0) {
                out.add(m.group(1).strip());
            }
        }
        return out;
    }
}
