<?php
/**
 * Installs a throwaway WordPress site for the end-to-end test, from the
 * command line: the site, pretty permalinks, the default theme, an admin,
 * and the pages the test visits. The plugin itself is installed by the test
 * through the admin screens, as a clinic's admin would.
 *
 * Usage: php install.php <site dir> <http://host:port>
 *
 * @package MassageAdvisor
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

$site_dir = $argv[1];
$site_url = $argv[2];
$parts    = parse_url( $site_url );

$_SERVER['HTTP_HOST']   = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_INSTALLING', true );

require $site_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

// No mail server here: the welcome email is not sent.
add_filter( 'pre_wp_mail', '__return_false' );

$result = wp_install( 'Lotus Clinic', 'admin', 'admin@example.org', false, '', 'massage-advisor-test' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
update_option( 'siteurl', $site_url );
update_option( 'home', $site_url );
update_option( 'permalink_structure', '/%postname%/' );
// The release's own default theme (Twenty Twenty-Three on 6.1, Twenty Twenty-Five on 6.8).
switch_theme( WP_DEFAULT_THEME );

/**
 * Creates a published page.
 *
 * @param string $title   Title.
 * @param string $content Content.
 * @param int    $parent  Parent page id.
 * @return int The page id.
 */
function massage_advisor_test_page( $title, $content, $parent = 0 ) {
	return wp_insert_post(
		array(
			'post_type'    => 'page',
			'post_status'  => 'publish',
			'post_title'   => $title,
			'post_name'    => sanitize_title( $title ),
			// wp_insert_post() unslashes: slashed first, as WordPress's own callers do.
			'post_content' => wp_slash( $content ),
			'post_parent'  => $parent,
		)
	);
}

// A nested permalink: /care/back-care/.
$care = massage_advisor_test_page( 'Care', '<!-- wp:paragraph --><p>Our care.</p><!-- /wp:paragraph -->' );
massage_advisor_test_page(
	'Back care',
	"<!-- wp:paragraph --><p>Which massage suits your back?</p><!-- /wp:paragraph -->\n"
	. '<!-- wp:shortcode -->[massage_advisor clinic-name="Lotus Clinic" clinic-phone="+91 82704 82704" emergency-number="112" heading-level="2"]<!-- /wp:shortcode -->',
	$care
);
// Two widgets on one page, each with its own answers; and a name a careless
// admin pasted with quotes and markup in it.
massage_advisor_test_page(
	'Two advisors',
	'[massage_advisor id="first-advisor" storage-key="first" clinic_name="Lotus Clinic"]Questions? Call us on <a href="tel:+918270482704">+91 82704 82704</a>.[/massage_advisor]' . "\n\n"
	. '[massage_advisor storage-key="second" heading-level="4" theme="dark" clinic-name=\'Lotus "Spa" <b>&</b> <script>alert(1)</script>\']'
);
// The block, with its attributes in the block's own JSON.
massage_advisor_test_page(
	'Block',
	'<!-- wp:massage-advisor/advisor {"clinicName":"Lotus Block Clinic","clinicPhone":"+91 82704 82704","clinicWhatsapp":"+918270482704","therapies":"relaxation lower_back","bookingUrl":"https://clinic.example/book/{therapy}","emergencyNumber":"112","fallback":"Call us on +91 82704 82704 \u003cb\u003enow\u003c/b\u003e"} /-->'
);
/**
 * Writes a file of the test site, its folder too; stops the install if it cannot.
 *
 * @param string $path    Path.
 * @param string $content Content.
 */
function massage_advisor_test_write( $path, $content ) {
	$dir = dirname( $path );
	if ( ( ! is_dir( $dir ) && ! mkdir( $dir, 0777, true ) ) || false === file_put_contents( $path, $content ) ) {
		fwrite( STDERR, "cannot write $path\n" );
		exit( 1 );
	}
}
// A classic theme too (most clinics' sites have one, and it prints the head
// before the content): the smallest a theme can be, used for a request
// with ?theme=classic by a must-use plugin.
$classic = $site_dir . '/wp-content/themes/ma-classic';
massage_advisor_test_write( "$classic/style.css", "/*\nTheme Name: Massage Advisor test classic\n*/\n" );
massage_advisor_test_write(
	"$classic/index.php",
	<<<'PHP'
<?php // A classic theme: the head, then the content, then the footer. ?>
<!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head><meta charset="<?php bloginfo( 'charset' ); ?>"><?php wp_head(); ?></head>
<body <?php body_class( 'ma-test-classic' ); ?>>
<?php
wp_body_open();
while ( have_posts() ) {
	the_post();
	echo '<main><h1>' . esc_html( get_the_title() ) . '</h1>';
	the_content();
	echo '</main>';
}
wp_footer();
?>
</body>
</html>
PHP
);
massage_advisor_test_write(
	$site_dir . '/wp-content/mu-plugins/ma-test-classic.php',
	<<<'PHP'
<?php
// The test's classic theme for a request with ?theme=classic.
if ( ! is_admin() && isset( $_GET['theme'] ) && 'classic' === $_GET['theme'] ) {
	$massage_advisor_classic = function () {
		return 'ma-classic';
	};
	add_filter( 'pre_option_template', $massage_advisor_classic );
	add_filter( 'pre_option_stylesheet', $massage_advisor_classic );
}
PHP
);
flush_rewrite_rules();
echo "installed {$site_url}\n";
