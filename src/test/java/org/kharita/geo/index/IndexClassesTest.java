package org.kharita.geo.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IndexClassesTest {

    private static Path classesRoot() throws Exception {
        return Path.of(BuildDefaultIndex.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void the_index_build_reaches_its_writer_and_the_name_normalisation_it_keys_by() throws Exception {
        Set<String> reach = IndexClasses.reachableFrom(classesRoot(), BuildDefaultIndex.class.getName());
        assertThat(reach).contains("org/kharita/geo/index/NameIndex.class", "org/kharita/geo/index/NameIndex$Builder.class",
                "org/kharita/geo/names/NameKeys.class", "org/kharita/geo/names/ArabicText.class",
                "org/kharita/geo/names/PhoneticKey.class", "org/kharita/geo/gazetteer/TheatreLayer.class");
    }

    @Test
    void a_resolver_or_finder_edit_does_not_touch_the_index_digest() throws Exception {
        Set<String> reach = IndexClasses.reachableFrom(classesRoot(), BuildDefaultIndex.class.getName());
        assertThat(reach).doesNotContain("org/kharita/geo/PlaceResolver.class", "org/kharita/geo/ArticleLookups.class")
                .noneMatch(c -> c.startsWith("org/kharita/extract/") || c.startsWith("org/kharita/ui/"));
    }

    @Test
    void classes_are_followed_through_one_another_and_unnamed_ones_left_out(@TempDir Path root) throws Exception {
        Path pkg = Files.createDirectories(root.resolve("org/kharita/t"));
        Files.write(pkg.resolve("A.class"), "\u00ca\u00fe\u0001\u0010org/kharita/t/B\u0001(Lorg/kharita/t/Missing;)V"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(pkg.resolve("B.class"), "\u0001\u0012Lorg/kharita/t/C$1;".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(pkg.resolve("C$1.class"), new byte[]{1, 2, 3});
        Files.write(pkg.resolve("D.class"), "org/kharita/t/A".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(IndexClasses.reachableFrom(root, "org.kharita.t.A"))
                .containsExactly("org/kharita/t/A.class", "org/kharita/t/B.class", "org/kharita/t/C$1.class");
    }
}
