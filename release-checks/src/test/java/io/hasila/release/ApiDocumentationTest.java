package io.hasila.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExportsTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published modules' API documentation, read from their sources the way javadoc sees them:
 * every public or protected type, constructor, method and field of an exported package has a
 * comment, every exported package has a package-info comment, and every public or protected method
 * or constructor that throws (a {@code throws} clause, or a {@code throw} in its own body) names
 * each exception with {@code @throws}. The build's doclint leaves out its "missing" group, which
 * would also ask for {@code @param} and {@code @return} on the house's one-line comments; this
 * test keeps the rest of that group.
 */
final class ApiDocumentationTest {
  /** Exceptions that mark code that cannot be reached: not part of a method's contract. */
  private static final Set<String> UNREACHABLE = Set.of("AssertionError");

  static Stream<String> publishedModules() {
    return Repository.publishedModules().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publishedModules")
  @DisplayName("every public element of an exported package has a comment, and a public method that throws documents it with @throws")
  void documented(String module) {
    List<String> problems = problems(Repository.root().resolve(module));
    assertTrue(problems.isEmpty(), () -> module + " has " + problems.size() + " documentation problems:\n  " + String.join("\n  ", problems));
  }

  @Test
  @DisplayName("the check finds an undocumented method and an undocumented throw, and accepts a documented one")
  void findsProblems() throws IOException {
    Path module = Files.createTempDirectory("api-documentation");
    try {
      Path sources = module.resolve("src/main/java");
      Path pkg = sources.resolve("org/example/broken");
      Files.createDirectories(pkg);
      Files.writeString(sources.resolve("module-info.java"), "module org.example.broken { exports org.example.broken; }\n");
      Files.writeString(pkg.resolve("package-info.java"), "/** A package. */\npackage org.example.broken;\n");
      Files.writeString(pkg.resolve("Broken.java"),
          "package org.example.broken;\n"
              + "/** A class. */\n"
              + "public final class Broken {\n"
              + "  public void undocumented() {}\n"
              + "  /** Throws without saying so. */\n"
              + "  public void throwing() { throw new IllegalStateException(\"x\"); }\n"
              + "  /**\n   * Says so.\n   *\n   * @throws IllegalArgumentException when it must\n   */\n"
              + "  public void documented() { throw new IllegalArgumentException(\"y\"); }\n"
              + "  /** Throws later, from a lambda. */\n"
              + "  public Runnable later() { return () -> { throw new IllegalStateException(\"z\"); }; }\n"
              + "}\n");
      List<String> problems = problems(module);
      assertEquals(
          List.of(
              "src/main/java/org/example/broken/Broken.java:4: method undocumented has no comment",
              "src/main/java/org/example/broken/Broken.java:6: method throwing throws IllegalStateException without @throws"),
          problems);
    } finally {
      try (Stream<Path> files = Files.walk(module)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The problems of the module whose directory is given, one line each, in file order. */
  private static List<String> problems(Path moduleDir) {
    Path sources = moduleDir.resolve("src/main/java");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> problems = new ArrayList<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) javac.getTask(
          null, fileManager, diagnostic -> {}, List.of("-proc:none"), null, fileManager.getJavaFileObjectsFromPaths(files));
      DocTrees docs = DocTrees.instance(task);
      List<CompilationUnitTree> units = new ArrayList<>();
      task.parse().forEach(units::add);
      Set<String> exported = units.stream()
          .filter(u -> u.getModule() != null)
          .flatMap(u -> u.getModule().getDirectives().stream())
          .filter(d -> d instanceof ExportsTree && ((ExportsTree) d).getModuleNames() == null)
          .map(d -> ((ExportsTree) d).getPackageName().toString())
          .collect(Collectors.toCollection(TreeSet::new));
      if (units.stream().noneMatch(u -> u.getModule() != null)) {
        // A module without a module-info (hasila-beam: Beam is not modular) exports every package.
        units.stream().filter(u -> u.getPackageName() != null).forEach(u -> exported.add(u.getPackageName().toString()));
      }
      Set<String> packagesWithInfo = new TreeSet<>();
      for (CompilationUnitTree unit : units) {
        if (unit.getModule() != null || unit.getPackageName() == null
            || !exported.contains(unit.getPackageName().toString())) {
          continue;
        }
        String file = moduleDir.relativize(Path.of(unit.getSourceFile().toUri())).toString();
        if (file.endsWith("package-info.java")) {
          packagesWithInfo.add(unit.getPackageName().toString());
          if (docs.getDocCommentTree(new TreePath(new TreePath(unit), unit.getPackage())) == null) {
            problems.add(file + ": the package has no comment");
          }
          continue;
        }
        new ApiScanner(unit, docs, file, problems).scan(new TreePath(unit), Boolean.TRUE);
      }
      for (String pkg : exported) {
        if (!packagesWithInfo.contains(pkg)) {
          problems.add("package " + pkg + " has no package-info.java");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /**
   * Walks the declarations of one file; the argument says whether the enclosing declaration is
   * part of the API. Method bodies and field initialisers are not entered (local and anonymous
   * classes are not API).
   */
  private static final class ApiScanner extends TreePathScanner<Void, Boolean> {
    private final CompilationUnitTree unit;
    private final DocTrees docs;
    private final String file;
    private final List<String> problems;

    ApiScanner(CompilationUnitTree unit, DocTrees docs, String file, List<String> problems) {
      this.unit = unit;
      this.docs = docs;
      this.file = file;
      this.problems = problems;
    }

    @Override
    public Void visitClass(ClassTree type, Boolean enclosingIsApi) {
      boolean api = enclosingIsApi && exposed(type.getModifiers());
      if (api) {
        requireComment(type, kind(type) + " " + type.getSimpleName());
      }
      for (Tree member : type.getMembers()) {
        scan(member, api);
      }
      return null;
    }

    @Override
    public Void visitMethod(MethodTree method, Boolean enclosingIsApi) {
      if (!enclosingIsApi || !exposed(method.getModifiers())) {
        return null;
      }
      String name = method.getName().contentEquals("<init>")
          ? "constructor " + enclosingName()
          : "method " + method.getName();
      DocCommentTree comment = docs.getDocCommentTree(getCurrentPath());
      boolean overrides = method.getModifiers().getAnnotations().stream().anyMatch(ApiDocumentationTest::isOverride);
      if (comment == null && !overrides) {
        problem(method, name + " has no comment");
      }
      Set<String> thrown = new TreeSet<>();
      method.getThrows().forEach(t -> thrown.add(simpleName(t)));
      if (method.getBody() != null) {
        new ThrowFinder().scan(method.getBody(), thrown);
      }
      thrown.removeAll(UNREACHABLE);
      Set<String> documented = documentedThrows(comment);
      for (String exception : thrown) {
        if (!documented.contains(exception) && !(exception.isEmpty() && !documented.isEmpty())) {
          problem(method, name + " throws " + (exception.isEmpty() ? "an exception" : exception) + " without @throws");
        }
      }
      return null;
    }

    @Override
    public Void visitVariable(VariableTree field, Boolean enclosingIsApi) {
      if (enclosingIsApi && exposed(field.getModifiers())) {
        requireComment(field, "field " + field.getName());
      }
      return null;
    }

    /** Whether a member is visible outside its package: public or protected, or not private in an interface. */
    private boolean exposed(ModifiersTree modifiers) {
      Set<Modifier> flags = modifiers.getFlags();
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      boolean inInterface = parent instanceof ClassTree
          && (((ClassTree) parent).getKind() == Tree.Kind.INTERFACE
              || ((ClassTree) parent).getKind() == Tree.Kind.ANNOTATION_TYPE);
      if (inInterface) {
        return !flags.contains(Modifier.PRIVATE);
      }
      return flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED);
    }

    private String enclosingName() {
      Tree parent = getCurrentPath().getParentPath().getLeaf();
      return parent instanceof ClassTree ? ((ClassTree) parent).getSimpleName().toString() : "?";
    }

    private void requireComment(Tree tree, String what) {
      if (docs.getDocCommentTree(getCurrentPath()) == null) {
        problem(tree, what + " has no comment");
      }
    }

    private void problem(Tree tree, String message) {
      long position = docs.getSourcePositions().getStartPosition(unit, tree);
      problems.add(file + ":" + unit.getLineMap().getLineNumber(position) + ": " + message);
    }

    private static String kind(ClassTree type) {
      return type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * Collects the exceptions a method body throws itself, by simple name: {@code throw new X(...)}
   * gives "X", a {@code throw} of a computed exception gives "" (some exception), and a rethrown
   * variable gives nothing. Lambdas and local or anonymous classes are not entered: what they
   * throw is thrown later, by someone else.
   */
  private static final class ThrowFinder extends TreeScanner<Void, Set<String>> {
    @Override
    public Void visitThrow(ThrowTree t, Set<String> thrown) {
      ExpressionTree e = t.getExpression();
      if (e instanceof NewClassTree) {
        thrown.add(simpleName(((NewClassTree) e).getIdentifier()));
      } else if (!(e instanceof IdentifierTree)) {
        thrown.add("");
      }
      return null;
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree lambda, Set<String> thrown) {
      return null;
    }

    @Override
    public Void visitClass(ClassTree type, Set<String> thrown) {
      return null;
    }

    @Override
    public Void visitNewClass(NewClassTree creation, Set<String> thrown) {
      scan(creation.getArguments(), thrown);
      return null;
    }
  }

  private static Set<String> documentedThrows(DocCommentTree comment) {
    Set<String> names = new TreeSet<>();
    if (comment != null) {
      for (DocTree tag : comment.getBlockTags()) {
        if (tag instanceof ThrowsTree) {
          String name = ((ThrowsTree) tag).getExceptionName().getSignature();
          names.add(name.substring(name.lastIndexOf('.') + 1));
        }
      }
    }
    return names;
  }

  private static boolean isOverride(AnnotationTree annotation) {
    return simpleName(annotation.getAnnotationType()).equals("Override");
  }

  private static String simpleName(Tree type) {
    if (type instanceof ParameterizedTypeTree) {
      return simpleName(((ParameterizedTypeTree) type).getType());
    }
    if (type instanceof MemberSelectTree) {
      return ((MemberSelectTree) type).getIdentifier().toString();
    }
    return type.toString();
  }
}
